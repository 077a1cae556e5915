import Link from "next/link";
import { statusLabel } from "@/components/credential-status-badge";
import { credentialsHref } from "@/lib/audit/credential-links";
import { type CredentialStatus, credentialStatuses } from "@/lib/ovh/enums";

/** "12 Validated · 3 Expired": each count opens the credentials table on that application and status. */
export function StatusLinks({
  applicationId,
  byStatus,
}: {
  applicationId: number;
  byStatus: Record<CredentialStatus, number>;
}) {
  const present = credentialStatuses.filter((status) => byStatus[status] > 0);
  if (present.length === 0) return <span className="text-slate-500">no credential</span>;
  return (
    <span className="flex flex-wrap gap-x-2 gap-y-0.5">
      {present.map((status) => (
        <Link
          key={status}
          href={credentialsHref({ application: applicationId, status: [status] })}
          className="whitespace-nowrap text-blue-800 hover:underline"
        >
          {byStatus[status]} {statusLabel(status)}
        </Link>
      ))}
    </span>
  );
}
