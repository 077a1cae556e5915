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
