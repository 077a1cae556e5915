import type { Finding, FindingId, Severity } from "@/lib/audit/types";

// The one list of what each finding is called and how bad it is. The findings themselves, the
// filters, the counts and the overview all read it, so a finding never has two names.
type CatalogueEntry = { title: string; severity: Severity; explanation?: string };

export const findingLabels: Record<FindingId, CatalogueEntry> = {
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
  refused: { title: "Refused", severity: "info", explanation: "Its token request was refused." },
  "support-issued": { title: "Issued by OVH support", severity: "low" },
  duplicate: { title: "Duplicate", severity: "low" },
};

// Rules that only read an account-control or billing area keep the finding's id (one filter finds
// both) but are named and ranked for what they can do: read, not change.
const readOnlyLabels = {
  "account-control": { title: "Reads account security", severity: "medium" },
  billing: { title: "Reads billing", severity: "low" },
} as const satisfies Partial<Record<FindingId, CatalogueEntry>>;

/** A finding as the catalogue names it, with what this credential's case says about it. */
export function finding(id: FindingId, explanation?: string): Finding {
  const { title, severity, explanation: fixed } = findingLabels[id];
  return { id, severity, title, explanation: explanation ?? fixed ?? "" };
}

export function readOnlyFinding(id: keyof typeof readOnlyLabels, explanation: string): Finding {
  return { id, ...readOnlyLabels[id], explanation };
}
