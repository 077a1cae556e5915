import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { prefetchAudit } from "@/lib/prefetch-audit";
import { ApplicationsView } from "./applications-view";

export const metadata: Metadata = { title: "Applications" };

export default async function ApplicationsPage() {
  const queryClient = await prefetchAudit();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Applications"
        description="Every application holding credentials on the account: the account's own, and foreign ones such as OVH's consoles."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ApplicationsView />
      </HydrationBoundary>
    </div>
  );
}
