"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AuditLoadError, StaleAuditWarning } from "@/components/audit-load-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { UntrustedName } from "@/components/untrusted-name";
import { keylessApplications, summarizeApplications } from "@/lib/audit/application-summary";
import { credentialsHref } from "@/lib/audit/credential-links";
import { auditQuery } from "@/lib/query/audit";
import { formatDateTime, formatRelative } from "@/lib/ui/format";
import { ApplicationBadges } from "./application-badges";
import { KeylessDialog } from "./keyless-dialog";
import { StatusLinks } from "./status-links";

export function ApplicationsView() {
  const { data, error, refetch } = useQuery(auditQuery.options());
  const [cleaning, setCleaning] = useState(false);
  const summaries = useMemo(() => (data ? summarizeApplications(data.credentials, data.applications) : []), [data]);
  const keyless = useMemo(() => keylessApplications(summaries), [summaries]);

  if (!data) {
    if (error) return <AuditLoadError error={error} onRetry={() => refetch()} what="The applications" />;
    return <p className="text-sm text-slate-600">Loading applications…</p>;
  }
  const owned = summaries.filter((summary) => summary.application?.owned).length;

  return (
    <div className="space-y-3">
      {error && <StaleAuditWarning error={error} onRetry={() => refetch()} />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          {summaries.length} application{summaries.length === 1 ? "" : "s"}: {owned} owned, {summaries.length - owned}{" "}
          foreign.
        </p>
        <Button variant="secondary" onClick={() => setCleaning(true)} disabled={keyless.length === 0}>
          {keyless.length === 0 ? "No keyless application" : `Delete keyless applications (${keyless.length})…`}
        </Button>
      </div>
      {summaries.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">This account has no application.</Card>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" aria-label="Applications">
            {summaries.map((summary) => (
              <li
                key={summary.applicationId}
                className="grid gap-x-4 gap-y-1 px-4 py-3 text-sm md:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)]"
              >
                <div className="min-w-0">
                  <Link
                    href={`/applications/${summary.applicationId}`}
                    className="font-medium text-blue-800 hover:underline"
                  >
                    <UntrustedName
                      name={summary.application?.name ?? `Application ${summary.applicationId}`}
                      limit={60}
                    />
                  </Link>
                  {summary.application?.description && (
                    <UntrustedName
                      name={summary.application.description}
                      limit={120}
                      className="block text-xs text-slate-500"
                    />
                  )}
                  <span className="mt-1 flex flex-wrap items-center gap-1">
                    <ApplicationBadges application={summary.application} />
                    <span className="font-mono text-xs text-slate-500">
                      {summary.application?.applicationKey ?? "key unknown"} · #{summary.applicationId}
                    </span>
                  </span>
                </div>
                <div className="min-w-0">
                  <Link
                    href={credentialsHref({ application: summary.applicationId })}
                    className="text-xs font-medium text-slate-500 hover:underline"
                  >
                    {summary.credentials} credential{summary.credentials === 1 ? "" : "s"}
                  </Link>
                  <StatusLinks applicationId={summary.applicationId} byStatus={summary.byStatus} />
                  {summary.includesCurrent && (
                    <span className="text-xs text-blue-800">holds this session's credential</span>
                  )}
                </div>
                <div className="text-xs text-slate-600">
                  <span className="font-medium text-slate-500">Most recent use </span>
                  <span title={formatDateTime(summary.lastUse)}>{formatRelative(summary.lastUse, data.now)}</span>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <KeylessDialog open={cleaning} onOpenChange={setCleaning} applications={keyless} />
    </div>
  );
}
