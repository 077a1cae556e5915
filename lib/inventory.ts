import type { ApplicationRef } from "@/lib/audit/types";
import { type AuditPayload, type AuditSnapshot, toAuditSnapshot } from "@/lib/audit-snapshot";
import { getApplications, listApplicationIds } from "@/lib/ovh/applications";
import type { FetchManyOptions } from "@/lib/ovh/batch";
import type { OvhClient } from "@/lib/ovh/client";
import { getCredentialApplication, getCredentials, listCredentialIds } from "@/lib/ovh/credentials";
import type { Application, Credential } from "@/lib/ovh/models";

export type { AuditPayload, AuditSnapshot };

import { mapWithConcurrency } from "@/lib/ovh/pool";

// Everything the audit needs in the fewest round trips: both id lists at once, then credential and
// owned-application details in X-Ovh-Batch chunks side by side, then one call per foreign application.

export type Inventory = { credentials: Credential[]; applications: ApplicationRef[] };

export type InventoryOptions = FetchManyOptions & { foreignConcurrency?: number };

export async function loadInventory(ovh: OvhClient, options: InventoryOptions = {}): Promise<Inventory> {
  const fetchOptions: FetchManyOptions = { batchSize: 50, concurrency: 16, ...options };
  const [credentialIds, applicationIds] = await Promise.all([
    listCredentialIds(ovh, { noCache: options.noCache }),
    listApplicationIds(ovh, { noCache: options.noCache }),
  ]);
  const [credentials, owned] = await Promise.all([
    getCredentials(ovh, credentialIds, fetchOptions),
    getApplications(ovh, applicationIds, fetchOptions),
  ]);
  const ownedIds = new Set(owned.map((application) => application.applicationId));
  const foreign = await loadForeignApplications(ovh, credentials, ownedIds, options.foreignConcurrency ?? 8);
  return {
    credentials,
    applications: [
      ...owned.map((application) => toRef(application, true)),
      ...foreign.map((application) => toRef(application, false)),
    ],
  };
}

/** Applications GET /me/api/application does not list, resolved once each through one of their credentials. */
async function loadForeignApplications(
  ovh: OvhClient,
  credentials: Credential[],
  ownedIds: Set<number>,
  concurrency: number,
): Promise<Application[]> {
  const probe = new Map<number, number>();
  for (const credential of credentials) {
    if (!ownedIds.has(credential.applicationId) && !probe.has(credential.applicationId)) {
      probe.set(credential.applicationId, credential.credentialId);
    }
  }
  // A foreign application that cannot be read leaves its credentials unnamed rather than failing the audit.
  const results = await mapWithConcurrency([...probe.values()], concurrency, (credentialId) =>
    getCredentialApplication(ovh, credentialId).catch(() => null),
  );
  return results.filter((application): application is Application => application !== null);
}

function toRef(application: Application, owned: boolean): ApplicationRef {
  return { ...application, owned };
}

export async function loadAuditPayload(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditPayload> {
  const inventory = await loadInventory(ovh, options);
  return { now: options.now ?? Date.now(), currentCredentialId: options.currentCredentialId, ...inventory };
}

/** Server-side readers (pages, actions) that need findings right away. */
export async function loadAuditSnapshot(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditSnapshot> {
  return toAuditSnapshot(await loadAuditPayload(ovh, options));
}
