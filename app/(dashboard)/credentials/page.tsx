import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { prefetchAudit } from "@/lib/prefetch-audit";
import { CredentialsView } from "./credentials-view";

export const metadata: Metadata = { title: "Credentials" };

export default async function CredentialsPage() {
  const queryClient = await prefetchAudit();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Credentials</h1>
        <p className="text-sm text-slate-600">Every consumer key of the account, riskiest first.</p>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Suspense fallback={<p className="text-sm text-slate-600">Loading credentials…</p>}>
          <CredentialsView />
        </Suspense>
      </HydrationBoundary>
    </div>
  );
}
