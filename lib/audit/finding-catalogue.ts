import type { FindingId, Severity } from "@/lib/audit/types";

// Labels for filters and counts, where no particular credential is at hand.
export const findingLabels: Record<FindingId, { title: string; severity: Severity }> = {
  "full-access": { title: "Full access", severity: "critical" },
  "write-everything": { title: "Write access to everything", severity: "critical" },
  "account-control": { title: "Account control", severity: "critical" },
  billing: { title: "Billing and orders", severity: "high" },
  "no-ip-restriction": { title: "No IP restriction", severity: "medium" },
  "never-expires": { title: "Never expires", severity: "medium" },
  "foreign-application": { title: "Foreign application", severity: "medium" },
  "expires-soon": { title: "Expires within 7 days", severity: "info" },
  expired: { title: "Expired", severity: "low" },
  "never-used": { title: "Never used", severity: "low" },
  dormant: { title: "Dormant", severity: "low" },
  "pending-stale": { title: "Pending for over 24 hours", severity: "low" },
  refused: { title: "Refused", severity: "info" },
  "support-issued": { title: "Issued by OVH support", severity: "low" },
  duplicate: { title: "Duplicate", severity: "low" },
};
