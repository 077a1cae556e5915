import "server-only";
import { keylessApplications, summarizeApplications } from "@/lib/audit/application-summary";
import type { AuditSnapshot } from "@/lib/audit/snapshot";
import { sessionAudit } from "@/lib/inventory/session-audit";
import type { SessionContext } from "@/lib/session/state";
import type { JobInventory } from "./run-job";

// The only ids a revoke-selected or delete-keyless-applications job may act on: the session's own
// inventory, from the cached audit (the one the pages showed, reloaded when the cache has expired).
// An id the page sends that is not here is reported as refused and never reaches OVH.

/** Pure: the credential ids (those OVH listed but would not describe included) and the keyless applications. */
export function inventoryOf(snapshot: AuditSnapshot): JobInventory {
  const credentialIds = new Set(snapshot.credentials.map((view) => view.credentialId));
  for (const id of snapshot.gaps?.credentialIds ?? []) credentialIds.add(id);
  const keyless = keylessApplications(summarizeApplications(snapshot.credentials, snapshot.applications));
  return { credentialIds, keylessApplicationIds: keyless.map((application) => application.applicationId) };
}

export async function sessionInventory(session: SessionContext): Promise<JobInventory> {
  return inventoryOf((await sessionAudit(session)).snapshot());
}
