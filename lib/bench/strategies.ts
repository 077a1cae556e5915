import { loadInventory } from "@/lib/inventory/load";
import type { OvhClient } from "@/lib/ovh/client";
import { deleteCredential, getCredential, getCredentialApplication, listCredentialIds } from "@/lib/ovh/credentials";
import { DEAD_STATUSES, runJob } from "@/lib/revocation/run-job";

// The two operations of the benchmark, each done the ovh-keys way (the library the dashboard runs)
// and the naive sequential way of python-ovh's README: list the ids, then one call at a time.

/** Credential id → its application's name (null when unresolved): what correctness is checked on. */
export type Listing = Map<number, string | null>;

export type Strategy = "ovh-keys" | "naive";

export type RunContext = {
  ovh: OvhClient;
  currentCredentialId: number;
  rateLimitPerMinute: number | null;
  /** The ovh-keys concurrency cap C. */
  concurrency: number;
};

export async function listOvhKeys({ ovh, rateLimitPerMinute, concurrency }: RunContext): Promise<Listing> {
  const inventory = await loadInventory(ovh, { concurrency, rateLimitPerMinute: rateLimitPerMinute ?? undefined });
  const names = new Map(inventory.applications.map((a) => [a.applicationId, a.name]));
  return new Map(inventory.credentials.map((c) => [c.credentialId, names.get(c.applicationId) ?? null]));
}

/** 1 + 2N requests, one at a time: each credential, then its application. */
export async function listNaive({ ovh }: RunContext): Promise<Listing> {
  const listing: Listing = new Map();
  for (const id of await listCredentialIds(ovh)) {
    await getCredential(ovh, id);
    listing.set(id, (await getCredentialApplication(ovh, id)).name);
  }
  return listing;
}

/**
 * 2 + E requests: the users' "Remove expired", as the route runs it (lib/revocation/run-job.ts): OVH's
 * status filter for expired and for refused, then one DELETE per dead credential. No known rate: the
 * job learns it from OVH's first 429, as it does for a user; every snapshot is taken, as the registry does.
 */
export async function revokeOvhKeys({ ovh, currentCredentialId, concurrency }: RunContext): Promise<number> {
  // A snapshot per change is built as for the registry, so its cost is measured too.
  const job = await runJob(ovh, { kind: "remove-expired" }, { currentCredentialId, concurrency, onChange: () => {} });
  return job.items.filter((item) => item.outcome === "revoked" || item.outcome === "already-gone").length;
}

/** 1 + N + E requests, one at a time: every credential is read to find the dead (expired or refused) ones. */
export async function revokeNaive({ ovh, currentCredentialId }: RunContext): Promise<number> {
  let revoked = 0;
  for (const id of await listCredentialIds(ovh)) {
    const credential = await getCredential(ovh, id);
    if (!DEAD_STATUSES.includes(credential.status) || id === currentCredentialId) continue;
    await deleteCredential(ovh, id);
    revoked++;
  }
  return revoked;
}
