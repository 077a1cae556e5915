import type { ApplicationStatus, Credential } from "@/lib/ovh/models";

// The audit's view model: what the credentials table, the overview and the exports read.

/**
 * The application a credential belongs to. `owned` is true when GET /me/api/application lists it;
 * foreign applications (the OVH API console, a third-party tool) are only reachable through
 * GET /me/api/credential/{id}/application, and someone else holds their application secret.
 */
export type ApplicationRef = {
  applicationId: number;
  name: string;
  description: string;
  applicationKey: string;
  status: ApplicationStatus;
  owned: boolean;
};

export const findingIds = [
  "full-access",
  "write-everything",
  "account-control",
  "billing",
  "no-ip-restriction",
  "never-expires",
  "expires-soon",
  "expired",
  "never-used",
  "dormant",
  "pending-stale",
  "refused",
  "support-issued",
  "duplicate",
  "foreign-application",
] as const;
export type FindingId = (typeof findingIds)[number];

/** Worst first: the order findings are listed and compared in. */
export const severities = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof severities)[number];

export type Finding = {
  id: FindingId;
  severity: Severity;
  /** Short label for a badge. */
  title: string;
  /** One sentence for the UI. */
  explanation: string;
};

export type CredentialView = Credential & {
  application: ApplicationRef | null;
  /** The credential this session is signed with: never offered for revocation. */
  isCurrent: boolean;
  findings: Finding[];
};
