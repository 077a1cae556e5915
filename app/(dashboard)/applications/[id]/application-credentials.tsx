import Link from "next/link";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { FirstFindingBadges } from "@/components/finding-badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { credentialsHref } from "@/lib/audit/credential-links";
import { summarizeRules } from "@/lib/audit/rule-description";
import type { CredentialView } from "@/lib/audit/types";
import { formatDateTime, formatRelative } from "@/lib/ui/format";

type Props = { applicationId: number; credentials: CredentialView[]; now: number };

const columns = ["ID", "Status", "Rules", "Expires", "Last use", "Findings"] as const;
const headerCell = (column: string) => (
  <th key={column} className="px-4 py-2 font-medium">
    {column}
  </th>
);

export function ApplicationCredentials({ applicationId, credentials, now }: Props) {
  return (
    <Card aria-labelledby="app-credentials-title">
      <CardHeader className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle id="app-credentials-title">Its credentials</CardTitle>
        <Link href={credentialsHref({ application: applicationId })} className="text-sm text-blue-800 hover:underline">
          Open in the credentials table
        </Link>
      </CardHeader>
      {credentials.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">This application has no credential.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>{columns.map(headerCell)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {credentials.map((view) => (
                <tr key={view.credentialId}>
                  <td className="px-4 py-2">
                    <Link
                      href={`/credentials/${view.credentialId}`}
                      className="font-mono text-blue-800 hover:underline"
                    >
                      #{view.credentialId}
                    </Link>
                    {view.isCurrent && (
                      <span className="block text-[10px] font-semibold text-blue-800 uppercase">this session</span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <CredentialStatusBadge status={view.status} />
                  </td>
                  <td className="px-4 py-2 text-xs">{summarizeRules(view.rules)}</td>
                  <td className="px-4 py-2 text-xs" title={formatDateTime(view.expiration)}>
                    {view.expiration ? formatRelative(view.expiration, now) : "never"}
                  </td>
                  <td className="px-4 py-2 text-xs" title={formatDateTime(view.lastUse)}>
                    {formatRelative(view.lastUse, now)}
                  </td>
                  <td className="px-4 py-2">
                    <FirstFindingBadges findings={view.findings} max={2} as="span" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
