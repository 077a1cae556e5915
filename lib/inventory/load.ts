import { type AuditSnapshot, type AuditWire, buildAuditSnapshot, type InventoryGaps } from "@/lib/audit/snapshot";
import type { ApplicationRef } from "@/lib/audit/types";
import { listApplicationIds } from "@/lib/ovh/applications";
import { type FetchManyOptions, fetchSomeByIds } from "@/lib/ovh/batch";
import type { OvhClient } from "@/lib/ovh/client";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { getCredentialApplication, listCredentialIds } from "@/lib/ovh/credentials";
import { describeOvhError, reportedFailure } from "@/lib/ovh/errors";
import { type Application, applicationSchema, type Credential, credentialSchema } from "@/lib/ovh/models";
import { type PacingOptions, pacedClient } from "@/lib/ovh/paced-client";
import { createLimiter, createWeightedLimiter, type Limiter, type WeightedLimiter } from "@/lib/ovh/pool";

export type { AuditSnapshot, AuditWire, InventoryGaps };

// Everything the audit needs in the fewest round trips: both id lists at once, then credential and
// owned-application details in X-Ovh-Batch chunks side by side, and each foreign application (one
// the application list does not name) as soon as the first of its credentials arrives. One limiter
// bounds the whole fan-out. With batching: 2 + ceil(N/50) + ceil(owned/50) + foreign requests;
// without: 2 + N + owned + foreign (the application list is what tells owned from foreign).

export type Inventory = { credentials: Credential[]; applications: ApplicationRef[]; gaps?: InventoryGaps };

export type InventoryOptions = Pick<FetchManyOptions, "batchSize" | "concurrency" | "noCache"> &
  Pick<PacingOptions, "rateLimitPerMinute" | "pacer"> & {
    /** A further cap on foreign-application lookups, inside the shared concurrency. */
    foreignConcurrency?: number;
    /** Credentials whose details may be loading at once; default: the process-wide budget. */
    budget?: WeightedLimiter;
  };

/**
 * Credentials whose details the whole process loads at once. The server's memory then follows this
 * budget rather than the number of sessions loading together (20 sessions of 5,000 credentials wait
 * in turn, 4 at a time). A heavier account is loaded alone. The wait costs little in practice: once
 * the details arrive, turning them into the audit is CPU work that one Node process does one
 * session at a time anyway.
 */
export const INVENTORY_BUDGET = 20_000;
const processBudget = createWeightedLimiter(INVENTORY_BUDGET);

export async function loadInventory(ovh: OvhClient, options: InventoryOptions = {}): Promise<Inventory> {
  // Paced only when the budget is known: a page load cannot wait minutes for a learnt rate.
  const client = options.rateLimitPerMinute || options.pacer ? pacedClient(ovh, options) : ovh;
  const concurrency = options.concurrency ?? OVH_CONCURRENCY;
  const limiter = createLimiter(concurrency);
  const fetchOptions = { batchSize: options.batchSize ?? 50, noCache: options.noCache, limiter };
  const [credentialIds, applicationIds] = await Promise.all([
    listCredentialIds(client, { noCache: options.noCache }),
    listApplicationIds(client, { noCache: options.noCache }),
  ]);
  const release = await (options.budget ?? processBudget).acquire(credentialIds.length);
  try {
    const foreign = foreignResolver(
      client,
      new Set(applicationIds),
      limiter,
      options.foreignConcurrency ?? concurrency,
    );
    // Details that still fail after the client's retries leave gaps rather than failing the whole audit.
    const [credentialLoad, applicationLoad] = await Promise.all([
      fetchSomeByIds(client, "/me/api/credential", credentialIds, credentialSchema, {
        ...fetchOptions,
        onFound: foreign.see,
      }),
      fetchSomeByIds(client, "/me/api/application", applicationIds, applicationSchema, fetchOptions),
    ]);
    // Nothing readable at all is a failure to show as such, not an empty account.
    if (credentialIds.length > 0 && credentialLoad.items.length === 0 && credentialLoad.failedIds.length > 0) {
      throw credentialLoad.reportedError;
    }
    const gaps = gapsOf(
      credentialLoad.failedIds,
      applicationLoad.failedIds,
      reportedFailure(credentialLoad.reportedError, applicationLoad.reportedError),
    );
    return {
      credentials: credentialLoad.items,
      applications: [
        ...applicationLoad.items.map((application) => toRef(application, true)),
        ...(await foreign.settled()).map((application) => toRef(application, false)),
      ],
      ...(gaps ? { gaps } : {}),
    };
  } finally {
    release();
  }
}

/** Applications GET /me/api/application does not list, resolved once each through one of their credentials. */
function foreignResolver(ovh: OvhClient, ownedIds: Set<number>, shared: Limiter, concurrency: number) {
  const own = createLimiter(concurrency);
  const lookups = new Map<number, Promise<Application | null>>();
  return {
    see(credential: Credential) {
      const { applicationId, credentialId } = credential;
      if (ownedIds.has(applicationId) || lookups.has(applicationId)) return;
      // A foreign application that cannot be read leaves its credentials unnamed rather than failing the audit.
      // Ahead of the queued chunks: this lookup is a further round trip, the chunks are not.
      const lookup = own.run(() => shared.run(() => getCredentialApplication(ovh, credentialId), { first: true }));
      lookups.set(
        applicationId,
        lookup.catch(() => null),
      );
    },
    async settled(): Promise<Application[]> {
      const found = await Promise.all(lookups.values());
      return found.filter((application): application is Application => application !== null);
    },
  };
}

function gapsOf(credentialIds: number[], applicationIds: number[], error: unknown): InventoryGaps | undefined {
  if (credentialIds.length === 0 && applicationIds.length === 0) return undefined;
  const { message, queryId } = describeOvhError(error);
  return { credentialIds, applicationIds, message, queryId };
}

function toRef(application: Application, owned: boolean): ApplicationRef {
  return { ...application, owned };
}

/** The inventory as read at `now`: what GET /api/credentials sends (the browser derives the findings). */
export async function loadAuditWire(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditWire> {
  const inventory = await loadInventory(ovh, options);
  return { now: options.now ?? Date.now(), currentCredentialId: options.currentCredentialId, ...inventory };
}

/** The inventory with findings, for server-side readers. */
export async function loadAuditSnapshot(
  ovh: OvhClient,
  options: InventoryOptions & { currentCredentialId: number; now?: number },
): Promise<AuditSnapshot> {
  return buildAuditSnapshot(await loadAuditWire(ovh, options));
}
