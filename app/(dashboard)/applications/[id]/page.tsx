import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { AuditSnapshot } from "@/lib/audit/snapshot";
import { parseIdParam } from "@/lib/http/params";
import { prefetchAudit } from "@/lib/inventory/prefetch";
import { auditQuery } from "@/lib/query/audit";
import { ApplicationDetail } from "./application-detail";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseIdParam((await params).id);
  return { title: id === null ? "Application not found" : `Application #${id}` };
}

export default async function ApplicationPage({ params }: Props) {
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const queryClient = await prefetchAudit();
  const snapshot = queryClient.getQueryData<AuditSnapshot>(auditQuery.key);
  const known =
    !snapshot ||
    snapshot.applications.some((application) => application.applicationId === id) ||
    snapshot.credentials.some((view) => view.applicationId === id);
  if (!known) notFound();
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ApplicationDetail id={id} />
    </HydrationBoundary>
  );
}
