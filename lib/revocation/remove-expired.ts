import type { OvhClient } from "@/lib/ovh/client";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { deleteCredential, listCredentialIds } from "@/lib/ovh/credentials";
import type { CredentialStatus } from "@/lib/ovh/models";
import { type PacingOptions, pacedClient } from "@/lib/ovh/paced-client";
import { type RevocationOptions, type RevocationResult, revokeEach } from "@/lib/revocation/bulk";

// "Remove expired" without reading a single credential: OVH filters the list by status, and a
// credential in that list is dead by definition, so the cost is one list per status plus one
// DELETE per credential (1 + E for expired alone). The session's own credential is never revoked.
// Pacing: with rateLimitPerMinute every request waits for its slot; without it the operation runs
// at full concurrency and switches to pacing after OVH's first 429 (lib/ovh/paced-client.ts).

export type RevokeExpiredOptions = Omit<RevocationOptions, "pacer"> &
  PacingOptions & {
    currentCredentialId: number;
    /** Which statuses count as dead; the dashboard's "Remove expired" also takes refused ones. */
    statuses?: readonly CredentialStatus[];
  };

export type RevokeExpiredReport = {
  /** Ids OVH listed under the statuses, the session's own credential left out. */
  found: number[];
  skippedCurrent: boolean;
  results: RevocationResult[];
  /** 429 answers met on the way (each retried by the client after Retry-After). */
  rateLimitedCalls: number;
};

export async function revokeExpired(ovh: OvhClient, options: RevokeExpiredOptions): Promise<RevokeExpiredReport> {
  const { currentCredentialId, statuses = ["expired"], concurrency = OVH_CONCURRENCY } = options;
  const client = pacedClient(ovh, options);
  // Uncached: a list OVH cached before an earlier revocation would send DELETEs for credentials already gone.
  const lists = await Promise.all(
    [...new Set(statuses)].map((status) => listCredentialIds(client, { status, noCache: true })),
  );
  const listed = [...new Set(lists.flat())];
  const found = listed.filter((id) => id !== currentCredentialId);
  const results = await revokeEach(found, (id) => deleteCredential(client, id), {
    concurrency,
    signal: options.signal,
    onResult: options.onResult,
  });
  return {
    found,
    skippedCurrent: found.length !== listed.length,
    results,
    rateLimitedCalls: client.rateLimitedCalls,
  };
}
