import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import type { RevokeOutcome } from "@/lib/ovh/credentials";
import { describeOvhError } from "@/lib/ovh/errors";
import { createLimiter, type RatePacer } from "@/lib/ovh/pool";

// Bulk revocation: every selected id ends in exactly one result (revoked, already gone, or failed with
// OVH's message and query id), so revoked + already gone + failed always equals what was selected.
// Retries on 429/5xx and Retry-After are the client's job; this only bounds the fan-out.

export type RevocationResult = {
  id: number;
  outcome: RevokeOutcome | "failed";
  message?: string;
  queryId?: string;
};

export type RevocationOptions = {
  concurrency?: number;
  pacer?: RatePacer;
  signal?: AbortSignal;
  onResult?: (result: RevocationResult) => void;
};

export async function revokeEach(
  ids: readonly number[],
  revokeOne: (id: number) => Promise<RevokeOutcome>,
  { concurrency = OVH_CONCURRENCY, pacer, signal, onResult }: RevocationOptions = {},
): Promise<RevocationResult[]> {
  const limiter = createLimiter(concurrency);
  const unique = [...new Set(ids)];
  return Promise.all(
    unique.map((id) =>
      limiter.run(async (): Promise<RevocationResult> => {
        let result: RevocationResult;
        if (signal?.aborted) {
          result = { id, outcome: "failed", message: "Stopped before this credential was revoked." };
        } else {
          try {
            await pacer?.take();
            result = { id, outcome: await revokeOne(id) };
          } catch (err) {
            const { message, queryId } = describeOvhError(err);
            result = { id, outcome: "failed", message, queryId };
          }
        }
        onResult?.(result);
        return result;
      }),
    ),
  );
}

export function tallyRevocation(results: readonly RevocationResult[]) {
  const tally = { revoked: 0, "already-gone": 0, failed: 0 };
  for (const result of results) tally[result.outcome]++;
  return tally;
}
