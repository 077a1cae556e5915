import { expandRuleRows, type RuleRow } from "@/lib/access-rules/builder";
import type { RuleFinding } from "@/lib/access-rules/lint";
import { FindingList } from "./finding-list";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The linter's verdict on all rows, and the exact accessRules the request will carry. */
type Props = {
  rows: RuleRow[];
  findings: RuleFinding[];
  /** Some rule has an error, shown or not yet (an empty path before the first send). */
  blocked: boolean;
};

export function RuleCheck({ rows, findings, blocked }: Props) {
  const general = findings.filter((finding) => finding.ruleIndex === undefined);
  const onRows = findings.filter((finding) => finding.ruleIndex !== undefined);
  const count = (level: RuleFinding["level"]) => onRows.filter((finding) => finding.level === level).length;
  const sendable = blocked ? [] : expandRuleRows(rows);
  const tally = [
    [count("error"), "error"],
    [count("warning"), "warning"],
    [count("info"), "note"],
  ] as const;
  const parts = tally.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  return (
    <section
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      aria-labelledby="rule-check-title"
    >
      <h3 id="rule-check-title" className="text-sm font-semibold">
        Rule check
      </h3>
      <p className="text-sm text-slate-700" aria-live="polite">
        {findings.length === 0 && blocked
          ? "Enter a path in each rule."
          : findings.length === 0
            ? "Nothing to report: the rules are well-formed and grant nothing sensitive."
            : parts.length > 0
              ? `${parts.join(", ")} on the rules above.`
              : "See below."}
      </p>
      <FindingList findings={general} />
      {sendable.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">
            OVH will receive {plural(sendable.length, "access rule")}
          </summary>
          <ul className="mt-2 space-y-0.5 font-mono text-xs">
            {sendable.map((rule) => (
              <li key={`${rule.method} ${rule.path}`} className="break-all">
                {rule.method} {rule.path}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
