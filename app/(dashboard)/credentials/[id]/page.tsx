import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dashboardEgressIps } from "@/lib/allowed-ips/egress";
import { previousAllowedIps } from "@/lib/allowed-ips/quarantine-memory";
import type { AuditSnapshot } from "@/lib/audit/snapshot";
import { parseIdParam } from "@/lib/http/params";
import { prefetchAudit } from "@/lib/inventory/prefetch";
import { auditQuery } from "@/lib/query/audit";
import { getSession } from "@/lib/session/cookie";
import { requireOvh } from "@/lib/session/state";
import { CredentialDetail } from "./credential-detail";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseIdParam((await params).id);
  return { title: id === null ? "Credential not found" : `Credential #${id}` };
}

export default async function CredentialPage({ params }: Props) {
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [{ info }, queryClient, session] = await Promise.all([requireOvh(), prefetchAudit(), getSession()]);
  // When the audit could not load, the page still renders and the client shows the error and a retry.
  const snapshot = queryClient.getQueryData<AuditSnapshot>(auditQuery.key);
  if (snapshot && !snapshot.credentials.some((view) => view.credentialId === id)) notFound();
  const previous = previousAllowedIps(session.quarantined, id);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CredentialDetail
        id={id}
        egressIps={dashboardEgressIps(info.endpoint)}
        quarantineMemory={previous === undefined ? { known: false } : { known: true, previous }}
      />
    </HydrationBoundary>
  );
}
