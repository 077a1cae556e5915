import type { AccessRule, ApplicationStatus, CredentialStatus } from "@/lib/ovh/models";

// In-memory records of the emulated accounts. Dates are epoch milliseconds; they become OVH
// datetimes only when serialised.

export type StoredApplication = {
  applicationId: number;
  applicationKey: string;
  applicationSecret: string;
  name: string;
  description: string;
  status: ApplicationStatus;
  /** Foreign applications (OVH's own consoles) hold credentials on the account but are not listed. */
  owned: boolean;
};

export type StoredCredential = {
  credentialId: number;
  applicationId: number;
  consumerKey: string;
  creation: number;
  expiration: number | null;
  lastUse: number | null;
  ovhSupport: boolean;
  rules: AccessRule[];
  allowedIPs: string[] | null;
  status: CredentialStatus;
  /** The secret in the validation URL while the credential is pending; null once used. */
  credentialToken: string | null;
  redirection: string | null;
};

export type AccountKeys = {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  login: string;
  password: string;
  nichandle: string;
};

/** Scripted DELETE failures; `afterCommit` deletes first and then fails, as a lost answer would. */
export type FailDeletes = { ids: number[]; times: number; status: number; afterCommit?: boolean };

export type Knobs = {
  latencyMs: number;
  /** Fraction of requests answered 500/502/503 before any processing. */
  errorRate: number;
  /** Per consumer key, sliding 60 s window; null = unlimited. */
  rateLimitPerMinute: number | null;
  clockOffsetSec: number;
  batch: boolean;
  /** Fraction of requests that fail at the network level. */
  dropConnections: number;
  failDeletes: FailDeletes | null;
  /** Every GET of these credentials (alone or in a batch) answers `status`, until the knob is cleared. */
  failReads: { ids: number[]; status: number } | null;
  /** Every call of these routes ("GET /me", "GET /me/api/credential/{credentialId}") answers `status`, until cleared. */
  failRoutes: { routes: string[]; status: number } | null;
};

export const defaultKnobs: Knobs = {
  latencyMs: 0,
  errorRate: 0,
  rateLimitPerMinute: null,
  clockOffsetSec: 0,
  batch: true,
  dropConnections: 0,
  failDeletes: null,
  failReads: null,
  failRoutes: null,
};

export type Stats = {
  requests: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  inFlight: number;
  peakInFlight: number;
  rateLimited: number;
  droppedConnections: number;
  injectedErrors: number;
};

export function emptyStats(): Stats {
  return {
    requests: 0,
    byRoute: {},
    byStatus: {},
    inFlight: 0,
    peakInFlight: 0,
    rateLimited: 0,
    droppedConnections: 0,
    injectedErrors: 0,
  };
}

/** A validated credential whose expiry has passed reads as expired from then on, as on OVH. */
export function refreshStatus(credential: StoredCredential, nowMs: number): StoredCredential {
  if (credential.status === "validated" && credential.expiration !== null && credential.expiration <= nowMs) {
    credential.status = "expired";
  }
  return credential;
}
