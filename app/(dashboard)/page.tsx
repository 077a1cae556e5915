import type { Metadata } from "next";
import { AuditPreload } from "@/components/audit-preload";
import { PageHeader } from "@/components/page-header";
import { OverviewView } from "./_overview/overview-view";

export const metadata: Metadata = { title: "Overview" };

// The audit list is fetched by the browser (see app/(dashboard)/credentials/page.tsx for why).
export default function OverviewPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Overview" description="What the audit found across every credential of the account." />
      <AuditPreload />
      <OverviewView />
    </div>
  );
}
