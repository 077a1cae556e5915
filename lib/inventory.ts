import { type AuditSnapshot, type AuditWire, buildAuditSnapshot, type InventoryGaps } from "@/lib/audit/snapshot";
import type { ApplicationRef } from "@/lib/audit/types";
import { listApplicationIds } from "@/lib/ovh/applications";
import { type FetchManyOptions, fetchSomeByIds } from "@/lib/ovh/batch";
import type { OvhClient } from "@/lib/ovh/client";
import { getCredentialApplication, listCredentialIds } from "@/lib/ovh/credentials";
import { describeOvhError } from "@/lib/ovh/errors";
import { type Application, applicationSchema, type Credential, credentialSchema } from "@/lib/ovh/models";
import { mapWithConcurrency } from "@/lib/ovh/pool";

// Everything the audit needs in the fewest round trips: both id lists at once, then credential and
// owned-application details in X-Ovh-Batch chunks side by side, then one call per foreign application.

export type Inventory = { credentials: Credential[]; applications: ApplicationRef[]; gaps?: InventoryGaps };

export type InventoryOptions = FetchManyOptions & { foreignConcurrency?: number };

export async function loadInventory(ovh: OvhClient, options: InventoryOptions = {}): Promise<Inventory> {
  const fetchOptions: FetchManyOptions = { batchSize: 50, concurrency: 16, ...options };
  const [credentialIds, applicationIds] = await Promise.all([
    listCredentialIds(ovh, { noCache: options.noCache }),
    listApplicationIds(ovh, { noCache: options.noCache }),
  ]);
  // Details that still fail after the client's retries leave gaps rather than failing the whole audit.
  const [credentialLoad, applicationLoad] = await Promise.all([
    fetchSomeByIds(ovh, "/me/api/credential", credentialIds, credentialSchema, fetchOptions),
    fetchSomeByIds(ovh, "/me/api/application", applicationIds, applicationSchema, fetchOptions),
  ]);
  const credentials = credentialLoad.items;
  const owned = applicationLoad.items;
  // Nothing readable at all is a failure to show as such, not an empty account.
  if (credentialIds.length > 0 && credentials.length === 0 && credentialLoad.failedIds.length > 0) {
    throw credentialLoad.firstError;
  }
  const ownedIds = new Set(owned.map((application) => application.applicationId));
  const foreign = await loadForeignApplications(ovh, credentials, ownedIds, options.foreignConcurrency ?? 8);
  return {
    credentials,
    applications: [
      ...owned.map((application) => toRef(application, true)),
      ...foreign.map((application) => toRef(application, false)),
    ],
    gaps: gapsOf(
      credentialLoad.failedIds,
      applicationLoad.failedIds,
      credentialLoad.firstError ?? applicationLoad.firstError,
    ),
  };
}

function gapsOf(credentialIds: number[], applicationIds: number[], error: unknown): InventoryGaps | undefined {
  if (credentialIds.length === 0 && applicationIds.length === 0) return undefined;
  const { message, queryId } = describeOvhError(error);
  return { credentialIds, applicationIds, message, queryId };
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

export type { AuditSnapshot, AuditWire, InventoryGaps } from "@/lib/audit/snapshot";

/** The inventory as read at `now`: what GET /api/credentials sends (the browser derives the findings). */
export async function loadAuditWire(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditWire> {
  const inventory = await loadInventory(ovh, options);
  return {
    now: options.now ?? Date.now(),
    currentCredentialId: options.currentCredentialId,
    credentials: inventory.credentials,
    applications: inventory.applications,
    ...(inventory.gaps ? { gaps: inventory.gaps } : {}),
  };
}

/** The inventory with findings: what the pages hand to the UI. */
export async function loadAuditSnapshot(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditSnapshot> {
  return buildAuditSnapshot(await loadAuditWire(ovh, options));
}
