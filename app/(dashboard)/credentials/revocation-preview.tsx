"use client";

import Link from "next/link";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { FindingBadge, severityTone } from "@/components/finding-badge";
import { Badge } from "@/components/ui/badge";
import { UntrustedName } from "@/components/untrusted-name";
import { type CredentialView, severities } from "@/lib/audit/types";
import { credentialStatuses } from "@/lib/ovh/enums";
import { formatCount, type RevocationPreview as Preview, summarizeRevocation } from "@/lib/revocation/preview";

// What a bulk revoke holds, before the admin confirms. The summary is computed after the dialog has
// painted (a deferred value) and the list shows only the riskiest few, so 5,000 credentials open the
// dialog at once instead of freezing the page while thousands of rows render.

const TOP_FINDINGS = 3;
/** Up to this many credentials the preview is computed at once, without the deferred render. */
const INSTANT_UP_TO = 500;

/**
 * The preview of `credentials`, or null while it is being prepared: the first render returns null so
 * the dialog paints before the summary is computed. `now` defaults to when the caller mounted.
 */
export function useRevocationPreview(credentials: CredentialView[], now?: number): Preview | null {
  const [mountedAt] = useState(() => Date.now());
  const at = now ?? mountedAt;
  const instant = credentials.length <= INSTANT_UP_TO;
  const deferred = useDeferredValue<CredentialView[] | null>(credentials, instant ? credentials : null);
  // A small selection is summarised in the same render: a "Preparing" flash would cost more than it.
  const source = instant ? credentials : deferred;
  const preview = useMemo(() => (source ? summarizeRevocation(source, at) : null), [source, at]);
  return source === credentials ? preview : null;
}

type Props = {
  credentials: CredentialView[];
  now?: number;
  /** Gets the preview once computed (null while preparing), for the dialog's confirmation. */
  onPreview?: (preview: Preview | null) => void;
};

export function RevocationPreview({ credentials, now, onPreview }: Props) {
  const preview = useRevocationPreview(credentials, now);
  useEffect(() => onPreview?.(preview), [preview, onPreview]);
  if (!preview) {
    return (
      <p role="status" className="rounded-md border border-slate-200 px-3 py-6 text-center text-sm text-slate-500">
        Preparing the preview…
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <PreviewSummary preview={preview} />
      <RiskiestList preview={preview} />
    </div>
  );
}

function PreviewSummary({ preview }: { preview: Preview }) {
  const facts = [
    {
      label: "Still valid with write access",
      value: `${formatCount(preview.stillValidWithWriteAccess)} of ${formatCount(preview.stillValid)} still valid`,
    },
    { label: "Used in the last 24 hours", value: formatCount(preview.usedLast24Hours) },
    { label: "Used in the last 7 days", value: formatCount(preview.usedLast7Days) },
  ];
  return (
    <section aria-label="Summary" className="space-y-3 rounded-md border border-slate-200 p-3 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.label} className="flex justify-between gap-2 sm:block">
            <dt className="text-xs text-slate-500">{fact.label}</dt>
            <dd className="font-medium text-slate-900 tabular-nums">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="mb-1 text-xs text-slate-500">By status</h3>
        <ul aria-label="By status" className="flex flex-wrap gap-1.5">
          {credentialStatuses
            .filter((status) => preview.byStatus[status] > 0)
            .map((status) => (
              <li key={status} className="flex items-center gap-1">
                <CredentialStatusBadge status={status} />
                <span className="tabular-nums">{formatCount(preview.byStatus[status])}</span>
              </li>
            ))}
        </ul>
      </div>
      {preview.byFinding.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs text-slate-500">By finding</h3>
          <ul aria-label="By finding" className="flex flex-wrap gap-1.5">
            {preview.byFinding.map((row) => (
              <li key={row.id}>
                <Badge tone={severityTone[row.severity]}>
                  {row.severity === "critical" && <span aria-hidden="true">●</span>}
                  {row.title}
                  <span className="tabular-nums font-semibold">{formatCount(row.count)}</span>
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function RiskiestList({ preview }: { preview: Preview }) {
  return (
    <div className="space-y-1">
      <h3 className="text-xs text-slate-500">Riskiest first</h3>
      <ul
        aria-label="Credentials to revoke"
        className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      >
        {preview.riskiest.map(({ view }) => (
          <li key={view.credentialId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
            <Link
              href={`/credentials/${view.credentialId}`}
              prefetch={false}
              className="w-20 shrink-0 font-mono text-blue-700 hover:underline"
            >
              #{view.credentialId}
            </Link>
            <CredentialStatusBadge status={view.status} />
            <UntrustedName
              className="min-w-0 flex-1 truncate"
              limit={60}
              name={view.application?.name ?? `Application ${view.applicationId}`}
            />
            <TopFindings view={view} />
          </li>
        ))}
      </ul>
      {preview.notListed > 0 && (
        <p className="text-xs text-slate-500">
          and {formatCount(preview.notListed)} more (the CSV export lists every one)
        </p>
      )}
    </div>
  );
}

function TopFindings({ view }: { view: CredentialView }) {
  if (view.findings.length === 0) return null;
  const worstFirst = [...view.findings].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
  const rest = worstFirst.length - TOP_FINDINGS;
  return (
    <span className="flex basis-full flex-wrap gap-1">
      {worstFirst.slice(0, TOP_FINDINGS).map((finding) => (
        <FindingBadge key={finding.id} finding={finding} />
      ))}
      {rest > 0 && <Badge>+{rest}</Badge>}
    </span>
  );
}
