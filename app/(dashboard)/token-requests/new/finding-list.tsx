import type { RuleFinding } from "@/lib/access-rules/lint";
import { cn } from "@/lib/ui/cn";

const look = {
  error: { icon: "✕", label: "Error", className: "text-red-800" },
  warning: { icon: "!", label: "Warning", className: "text-amber-800" },
  info: { icon: "i", label: "Note", className: "text-slate-600" },
} as const;

/** Linter findings as short lines, the level spelled out for screen readers. */
export function FindingList({ findings, id, className }: { findings: RuleFinding[]; id?: string; className?: string }) {
  return (
    <ul id={id} aria-live="polite" className={cn("space-y-1 text-sm", className)}>
      {findings.map((finding) => {
        const style = look[finding.level];
        return (
          <li
            key={`${finding.code}-${finding.ruleIndex ?? "all"}-${finding.message}`}
            className={cn("flex gap-2", style.className)}
          >
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-full border border-current text-[10px] font-bold"
            >
              {style.icon}
            </span>
            <span>
              <span className="sr-only">{style.label}: </span>
              {finding.message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
