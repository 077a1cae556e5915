import { cn } from "@/lib/ui/cn";

const LIMIT = 80;

/**
 * A name from the API inside a sentence: shown as text, isolated from the surrounding direction
 * (right-to-left overrides) and cut to a readable length, the full text in a tooltip.
 */
export function UntrustedName({
  name,
  className,
  limit = LIMIT,
}: {
  name: string;
  className?: string;
  limit?: number;
}) {
  const chars = [...name];
  const shown = chars.length > limit ? `${chars.slice(0, limit).join("")}…` : name;
  return (
    <span className={cn("untrusted-text", className)} title={shown === name ? undefined : name}>
      {shown}
    </span>
  );
}
