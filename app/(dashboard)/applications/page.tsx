import type { Metadata } from "next";
import { AuditPreload } from "@/components/audit-preload";
import { PageHeader } from "@/components/page-header";
import { ApplicationsView } from "./applications-view";

export const metadata: Metadata = { title: "Applications" };

// The audit list is fetched by the browser (see app/(dashboard)/credentials/page.tsx for why).
export default function ApplicationsPage() {
  return (
    <div className="space-y-4">
      <PageHeader
        title="Applications"
        description="Every application holding credentials on the account: the account's own, and foreign ones such as OVH's consoles."
      />
      <AuditPreload />
      <ApplicationsView />
    </div>
  );
}
