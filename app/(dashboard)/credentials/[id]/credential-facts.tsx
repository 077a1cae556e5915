import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { CredentialView } from "@/lib/audit/types";
import { formatDateTime, formatRelative } from "@/lib/ui/format";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function When({ iso, now, empty }: { iso: string | null; now: number; empty: string }) {
  if (!iso) return <span className="text-slate-500">{empty}</span>;
  return (
    <>
      {formatRelative(iso, now)}
      <span className="block text-xs text-slate-500">{formatDateTime(iso)}</span>
    </>
  );
}

export function CredentialFacts({ view, now }: { view: CredentialView; now: number }) {
  const application = view.application;
  return (
    <Card aria-labelledby="facts-title">
      <CardHeader>
        <CardTitle id="facts-title">Details</CardTitle>
      </CardHeader>
      <CardBody>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
          <Fact label="Credential id">
            <span className="font-mono">{view.credentialId}</span>
          </Fact>
          <Fact label="Used by this session">
            {view.isCurrent ? "Yes: the dashboard signs its calls with it" : "No"}
          </Fact>
          <Fact label="Application">
            <Link
              href={`/applications/${view.applicationId}`}
              className="untrusted-text line-clamp-2 text-blue-800 hover:underline"
            >
              {application?.name ?? `Application ${view.applicationId}`}
            </Link>
            {application?.description && (
              <span className="untrusted-text line-clamp-2 block text-xs text-slate-500">
                {application.description}
              </span>
            )}
          </Fact>
          <Fact label="Application key, id and status">
            <span className="font-mono text-xs break-all">{application?.applicationKey ?? "unknown"}</span>
            <span className="mt-1 flex flex-wrap items-center gap-1">
              <span className="font-mono text-xs text-slate-600">#{view.applicationId}</span>
              {application && (
                <Badge tone={application.status === "active" || application.status === "trusted" ? "green" : "amber"}>
                  {application.status}
                </Badge>
              )}
              {application && (
                <Badge tone={application.owned ? "blue" : "purple"}>{application.owned ? "owned" : "foreign"}</Badge>
              )}
            </span>
          </Fact>
          <Fact label="Created">
            <When iso={view.creation} now={now} empty="unknown" />
          </Fact>
          <Fact label="Expires">
            <When iso={view.expiration} now={now} empty="Never" />
          </Fact>
          <Fact label="Last use">
            <When iso={view.lastUse} now={now} empty="Never used" />
          </Fact>
          <Fact label="Issued by OVH support">{view.ovhSupport ? "Yes" : "No"}</Fact>
          <Fact label="Allowed IPs">
            {view.allowedIPs?.length ? (
              <ul className="font-mono text-xs">
                {view.allowedIPs.map((ip) => (
                  <li key={ip} className="break-all">
                    {ip}
                  </li>
                ))}
              </ul>
            ) : (
              <span>Any address (no restriction)</span>
            )}
          </Fact>
        </dl>
      </CardBody>
    </Card>
  );
}
