import { classifyOvhAnswer, type OvhErrorKind } from "@/lib/ovh/errors";
import type { AccessRule, Credential, CredentialStatus } from "@/lib/ovh/models";

// Where a token request stands, read from GET /auth/currentCredential signed with its consumer
// key. OVH answers a key that cannot be used yet (or any more) with 403 INVALID_CREDENTIAL; the
// emulator appends the reason ("…: it is pending validation", "…: it was refused", "…: it has
// expired"). Without a reason the key is most likely still pending, so the page keeps polling and
// says that OVH gave no reason.

export const tokenRequestStatuses = [
  "pending",
  "validated",
  "refused",
  "expired",
  "gone",
  "ip-restricted",
  "untracked",
] as const;
export type TokenRequestStatus = (typeof tokenRequestStatuses)[number];

/** Every status but pending: only a key waiting for validation can still change by itself. */
const finalStatuses: ReadonlySet<TokenRequestStatus> = new Set(
  tokenRequestStatuses.filter((status) => status !== "pending"),
);

/** Polling stops once the status can no longer change by itself. */
export function isFinalStatus(status: TokenRequestStatus | undefined): boolean {
  return status !== undefined && finalStatuses.has(status);
}

export type CheckOutcome = { status: TokenRequestStatus; message: string };

/** The parts of an OvhApiError the mapping reads; kept structural so it stays pure. */
export type CheckError = { status: number; errorCode?: string; message: string };

const messages: Record<TokenRequestStatus, string> = {
  pending: "Waiting for the account owner to validate this request on OVH's page.",
  validated: "Validated: the consumer key works.",
  refused: "The account owner refused this request at validation. The consumer key will never work.",
  expired: "This credential has expired. Request a new one.",
  gone: "This credential no longer exists at OVH: it was revoked, or its application was deleted.",
  "ip-restricted":
    "OVH refuses this key from the dashboard's address because of its allowed IPs, so its state cannot be read from here. It has most likely been validated: check the Credentials page.",
  untracked:
    "This request used another application key. Status checks are signed with the application secret, and the dashboard only knows this session's secret, so it cannot follow this one. Once validated, the credential appears on the Credentials page.",
};

export function outcome(status: TokenRequestStatus, message = messages[status]): CheckOutcome {
  return { status, message };
}

const statusByKind: Partial<Record<OvhErrorKind, TokenRequestStatus>> = {
  "credential-missing": "gone",
  "credential-pending": "pending",
  "credential-refused": "refused",
  "credential-expired": "expired",
  "ip-restricted": "ip-restricted",
};

/** The status an OVH refusal of GET /auth/currentCredential means, or null when it says nothing about the key. */
export function statusFromCheckError(error: CheckError): CheckOutcome | null {
  // Only a 403 speaks about the key: a 401 is the session's own failure, which ends it (lib/http/route-handler.ts).
  if (error.status !== 403) return null;
  const { kind } = classifyOvhAnswer(error);
  const status = statusByKind[kind];
  if (status) return outcome(status);
  if (kind === "credential-invalid") {
    return outcome(
      "pending",
      "OVH says this consumer key is not valid without saying why: most likely it still waits for validation, but it may have been refused or have expired.",
    );
  }
  return null;
}

/** A readable credential state reached through the validated key itself. */
export function statusFromCredential(credential: Pick<Credential, "status">): CheckOutcome {
  const byStatus: Record<CredentialStatus, TokenRequestStatus> = {
    validated: "validated",
    pendingValidation: "pending",
    refused: "refused",
    expired: "expired",
  };
  return outcome(byStatus[credential.status]);
}

export type CredentialSummary = Pick<
  Credential,
  "credentialId" | "creation" | "expiration" | "lastUse" | "allowedIPs" | "status"
> & { rules: AccessRule[] };

/** What the status route returns; never a consumer key or an application secret. */
export type TokenRequestStatusView = {
  id: string;
  status: TokenRequestStatus;
  message: string;
  queryId?: string;
  credential?: CredentialSummary;
  /** Whether the credential can drive this dashboard ("Use for this session"). */
  dashboardRules?: { ok: boolean; missing: AccessRule[]; missingOptional: AccessRule[] };
  /** The validated credential is the one this session now signs with. */
  isSessionCredential: boolean;
  /** The credential this request replaces, read with the session's own key. */
  replaced?: ReplacedCredential;
  checkedAt: number;
};

export type ReplacedCredential =
  | {
      credentialId: number;
      present: true;
      status: CredentialStatus;
      lastUse: string | null;
      expiration: string | null;
      isSessionCredential: boolean;
    }
  | { credentialId: number; present: false };
