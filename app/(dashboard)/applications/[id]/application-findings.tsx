import Link from "next/link";
import { severityTone } from "@/components/finding-badge";
import { Badge } from "@/components/ui/badge";
import { credentialsHref } from "@/lib/audit/credential-links";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import { countByFinding } from "@/lib/audit/summary";
import { type CredentialView, findingIds, severities } from "@/lib/audit/types";

/** Each finding among the application's credentials, linked to exactly those credentials. */
export function ApplicationFindings({
  applicationId,
  credentials,
}: {
  applicationId: number;
  credentials: CredentialView[];
}) {
  const counts = countByFinding(credentials);
  const present = findingIds
    .filter((id) => counts[id] > 0)
    .sort((a, b) => severities.indexOf(findingLabels[a].severity) - severities.indexOf(findingLabels[b].severity));
  if (present.length === 0) return <p className="text-sm text-slate-600">No finding on its credentials.</p>;
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-slate-500">Findings among them</p>
      <ul className="flex flex-wrap gap-2" aria-label="Findings among its credentials">
        {present.map((id) => (
          <li key={id}>
            <Link href={credentialsHref({ application: applicationId, finding: [id] })} className="hover:opacity-80">
              <Badge tone={severityTone[findingLabels[id].severity]}>
                {findingLabels[id].title}
                <span className="font-semibold tabular-nums">{counts[id]}</span>
              </Badge>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
