import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { prefetchAudit } from "@/lib/prefetch-audit";
import { OverviewView } from "./_overview/overview-view";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const queryClient = await prefetchAudit();
  return (
    <div className="space-y-6">
      <PageHeader title="Overview" description="What the audit found across every credential of the account." />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OverviewView />
      </HydrationBoundary>
    </div>
  );
}
