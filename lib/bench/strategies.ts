import { loadInventory } from "@/lib/inventory/load";
import type { OvhClient } from "@/lib/ovh/client";
import { deleteCredential, getCredential, getCredentialApplication, listCredentialIds } from "@/lib/ovh/credentials";
import { revokeExpired } from "@/lib/revocation/remove-expired";

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

/** 1 + E requests: OVH's status filter, then the DELETEs (lib/revocation/remove-expired.ts). */
export async function revokeOvhKeys(context: RunContext): Promise<number> {
  const { ovh, currentCredentialId, concurrency } = context;
  const rateLimitPerMinute = context.rateLimitPerMinute ?? undefined;
  const report = await revokeExpired(ovh, { currentCredentialId, concurrency, rateLimitPerMinute });
  return report.results.filter((r) => r.outcome !== "failed").length;
}

/** 1 + N + E requests, one at a time: every credential is read to find the expired ones. */
export async function revokeNaive({ ovh, currentCredentialId }: RunContext): Promise<number> {
  let revoked = 0;
  for (const id of await listCredentialIds(ovh)) {
    const credential = await getCredential(ovh, id);
    if (credential.status !== "expired" || id === currentCredentialId) continue;
    await deleteCredential(ovh, id);
    revoked++;
  }
  return revoked;
}
