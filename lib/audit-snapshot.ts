import { buildCredentialViews } from "@/lib/audit/findings";
import type { ApplicationRef, CredentialView } from "@/lib/audit/types";
import type { Credential } from "@/lib/ovh/models";

// Pure and browser-safe: the cache contract (lib/queries.ts) turns the payload into views on the client.

/**
 * What travels to the browser: raw credentials and each application once. Findings are derived on
 * the client by the same pure code (lib/audit), so 5,000 credentials weigh ~1.7 MB instead of ~16 MB
 * (application names, up to 10,000 characters, are no longer repeated in every credential).
 */
export type AuditPayload = {
  /** The instant findings are computed at, so every page of the UI agrees on "expired" and "in 3 days". */
  now: number;
  currentCredentialId: number;
  credentials: Credential[];
  applications: ApplicationRef[];
};

/** The payload with findings: what pages and components read. */
export type AuditSnapshot = Omit<AuditPayload, "credentials"> & { credentials: CredentialView[] };

export function toAuditSnapshot(payload: AuditPayload): AuditSnapshot {
  const byId = new Map(payload.applications.map((application) => [application.applicationId, application]));
  return {
    ...payload,
    credentials: buildCredentialViews(payload.credentials, byId, {
      now: payload.now,
      currentCredentialId: payload.currentCredentialId,
    }),
  };
}
