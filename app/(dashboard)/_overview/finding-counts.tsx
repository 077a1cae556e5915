import Link from "next/link";
import { severityTone } from "@/components/finding-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { credentialsHref } from "@/lib/audit/credential-links";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import { type FindingId, findingIds, severities } from "@/lib/audit/types";
import { cn } from "@/lib/ui/cn";

// Worst severity first, then the most frequent: the top of the list is what to fix first.
function ordered(byFinding: Record<FindingId, number>): FindingId[] {
  const rank = (id: FindingId) => severities.indexOf(findingLabels[id].severity);
  return [...findingIds].sort((a, b) => rank(a) - rank(b) || byFinding[b] - byFinding[a]);
}

export function FindingCounts({ byFinding }: { byFinding: Record<FindingId, number> }) {
  return (
    <Card aria-labelledby="finding-counts-title">
      <CardHeader>
        <CardTitle id="finding-counts-title">Credentials by finding</CardTitle>
        <p className="text-xs text-slate-600">A credential counts once under each finding it carries.</p>
      </CardHeader>
      <ul className="divide-y divide-slate-100">
        {ordered(byFinding).map((id) => {
          const { title, severity } = findingLabels[id];
          const count = byFinding[id];
          return (
            <li key={id}>
              <Link
                href={credentialsHref({ finding: [id] })}
                className={cn(
                  "flex items-center justify-between gap-3 px-5 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700",
                  count === 0 && "text-slate-400",
                )}
              >
                <span className="flex min-w-0 items-center gap-2">
                  <Badge tone={count === 0 ? "neutral" : severityTone[severity]} className="capitalize">
                    {severity}
                  </Badge>
                  <span className="truncate">{title}</span>
                </span>
                <span className="font-semibold tabular-nums">{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
