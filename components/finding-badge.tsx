import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Finding, Severity } from "@/lib/audit/types";

export const severityTone: Record<Severity, BadgeTone> = {
  critical: "red",
  high: "red",
  medium: "amber",
  low: "neutral",
  info: "blue",
};

export function FindingBadge({ finding }: { finding: Pick<Finding, "severity" | "title" | "explanation"> }) {
  return (
    <Badge tone={severityTone[finding.severity]} title={finding.explanation}>
      {finding.severity === "critical" && <span aria-hidden="true">●</span>}
      {finding.title}
    </Badge>
  );
}

/** The first `max` findings as badges, then how many more there are, in a wrapping row. */
export function FirstFindingBadges({
  findings,
  max,
  as: Row,
}: {
  findings: readonly Finding[];
  max: number;
  as: "div" | "span";
}) {
  return (
    <Row className="flex flex-wrap gap-1">
      {findings.slice(0, max).map((finding) => (
        <FindingBadge key={finding.id} finding={finding} />
      ))}
      {findings.length > max && <span className="text-xs text-slate-500">+{findings.length - max}</span>}
    </Row>
  );
}
