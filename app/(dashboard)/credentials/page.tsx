import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditPreload } from "@/components/audit-preload";
import { PageHeader } from "@/components/page-header";
import { CredentialsView } from "./credentials-view";

export const metadata: Metadata = { title: "Credentials" };

// No server prefetch here: for thousands of credentials, embedding the list in the RSC payload costs more
// (server serialisation, escaped HTML, a second parse) than the browser fetching the gzipped JSON
// while the page's JavaScript loads (AuditPreload starts that request from the HTML head).
export default function CredentialsPage() {
  return (
    <div className="space-y-4">
      <AuditPreload />
      <PageHeader title="Credentials" description="Every consumer key of the account, riskiest first." />
      <Suspense fallback={<p className="text-sm text-slate-600">Loading credentials…</p>}>
        <CredentialsView />
      </Suspense>
    </div>
  );
}
