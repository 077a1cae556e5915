"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { AuditLoadError, StaleAuditWarning } from "@/components/audit-load-error";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { PageHeader } from "@/components/page-header";
import { ReplaceCredentialLink } from "@/components/replace-credential-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isQuarantined, type QuarantineKnowledge } from "@/lib/allowed-ips/quarantine-memory";
import { auditQuery } from "@/lib/query/audit";
import { AllowedIpsForm } from "./allowed-ips-form";
import { CredentialAccess } from "./credential-access";
import { CredentialFacts } from "./credential-facts";
import { QuarantinePanel } from "./quarantine-panel";
import { RevokeCredentialDialog } from "./revoke-credential-dialog";

type Props = { id: number; egressIps: string[]; quarantineMemory: QuarantineKnowledge };

export function CredentialDetail({ id, egressIps, quarantineMemory }: Props) {
  const { data, error, refetch } = useQuery(auditQuery.options());
  const [revoking, setRevoking] = useState(false);
  const [memory, setMemory] = useState(quarantineMemory);

  if (!data) {
    if (error) return <AuditLoadError error={error} onRetry={() => refetch()} what="This credential" />;
    return <p className="text-sm text-slate-600">Loading credential #{id}…</p>;
  }
  const view = data.credentials.find((credential) => credential.credentialId === id);
  if (!view) {
    return (
      <Card className="mx-auto max-w-xl space-y-3 p-8 text-center">
        <h1 className="text-lg font-semibold">Credential #{id} is gone</h1>
        <p className="text-sm text-slate-600">
          It is no longer in the audit: it was revoked, or its application deleted.
        </p>
        <Link href="/credentials" className="inline-block text-sm font-medium text-blue-800 hover:underline">
          Back to all credentials
        </Link>
      </Card>
    );
  }
  const quarantined = isQuarantined(view.allowedIPs);
  const applicationName = view.application?.name ?? `Application ${view.applicationId}`;

  return (
    <div className="space-y-4">
      <Link href="/credentials" className="text-sm text-blue-800 hover:underline">
        ← All credentials
      </Link>
      {error && <StaleAuditWarning error={error} onRetry={() => refetch()} />}
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            Credential <span className="font-mono">#{id}</span>
            <CredentialStatusBadge status={view.status} />
            {view.isCurrent && (
              <span className="rounded bg-blue-100 px-1.5 py-0.5 text-xs font-semibold text-blue-800 uppercase">
                this session
              </span>
            )}
            {quarantined && (
              <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-semibold text-violet-800 uppercase">
                quarantined
              </span>
            )}
          </span>
        }
        description={<span className="untrusted-text line-clamp-2">{applicationName}</span>}
      >
        <ReplaceCredentialLink credentialId={id} />
        <Button variant="danger" onClick={() => setRevoking(true)}>
          Revoke…
        </Button>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <CredentialFacts view={view} now={data.now} />
          <CredentialAccess view={view} />
        </div>
        <div className="min-w-0 space-y-4">
          <QuarantinePanel view={view} quarantined={quarantined} memory={memory} onMemoryChange={setMemory} />
          <AllowedIpsForm key={JSON.stringify(view.allowedIPs)} view={view} egressIps={egressIps} />
        </div>
      </div>
      <RevokeCredentialDialog view={view} open={revoking} onOpenChange={setRevoking} />
    </div>
  );
}
