import Link from "next/link";
import { statusLabel } from "@/components/credential-status-badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { credentialsHref, removeExpiredHref } from "@/lib/audit/credential-links";
import { type CredentialStatus, credentialStatuses } from "@/lib/ovh/enums";
import { cn } from "@/lib/ui/cn";

const accent: Record<CredentialStatus, string> = {
  validated: "border-emerald-200 bg-emerald-50 text-emerald-900",
  pendingValidation: "border-amber-200 bg-amber-50 text-amber-900",
  expired: "border-slate-200 bg-slate-50 text-slate-800",
  refused: "border-red-200 bg-red-50 text-red-900",
};

type Props = {
  total: number;
  byStatus: Record<CredentialStatus, number>;
  /** Expired, refused, or validated past expiry: what Remove expired would delete. */
  removable: number;
  className?: string;
};

export function StatusCounts({ total, byStatus, removable, className }: Props) {
  return (
    <Card className={className} aria-labelledby="status-counts-title">
      <CardHeader className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="status-counts-title" className="font-semibold">
          Credentials by status
        </h2>
        <Link href="/credentials" className="text-sm text-blue-800 hover:underline">
          {total} in all
        </Link>
      </CardHeader>
      <CardBody className="space-y-4">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {credentialStatuses.map((status) => (
            <li key={status}>
              <Link
                href={credentialsHref({ status: [status] })}
                className={cn(
                  "block rounded-md border px-3 py-2 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-blue-700",
                  accent[status],
                )}
              >
                <span className="block text-2xl font-semibold tabular-nums">{byStatus[status]}</span>{" "}
                <span className="block text-sm">{statusLabel(status)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
          <p className="text-sm text-slate-700">
            {removable === 0
              ? "No expired or refused credential to clean up."
              : `${removable} expired or refused credential${removable === 1 ? "" : "s"} can be removed: they cannot act, they only clutter the audit.`}
          </p>
          {removable > 0 && (
            <Link
              href={removeExpiredHref}
              className="inline-flex h-8 items-center rounded-md bg-red-600 px-3 text-sm font-medium text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600"
            >
              Remove expired…
            </Link>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
