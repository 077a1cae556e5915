import { Badge } from "@/components/ui/badge";
import type { ApplicationRef } from "@/lib/audit/types";

export function ApplicationBadges({ application }: { application: ApplicationRef | null }) {
  if (!application) return <Badge tone="neutral">unreadable</Badge>;
  const usable = application.status === "active" || application.status === "trusted";
  return (
    <>
      <Badge tone={application.owned ? "blue" : "purple"}>{application.owned ? "owned" : "foreign"}</Badge>
      <Badge tone={usable ? "green" : "amber"}>{application.status}</Badge>
    </>
  );
}
