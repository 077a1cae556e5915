// Whether an API base URL accepts X-Ovh-Batch, learnt once and shared by every client of the
// process. Batching is a server-wide, undocumented feature (BATCH-AND-PAGINATION.md §2), so one
// probe per base URL settles it for everyone: a refused batch costs one failed request per base URL
// per TTL, not one per chunk, client or session. The TTL lets a change on OVH's side be noticed.

export type BatchVerdict = "supported" | "refused";

export const BATCH_VERDICT_TTL_MS = 60 * 60_000;

const verdicts = new Map<string, { verdict: BatchVerdict; until: number }>();
const probes = new Map<string, Promise<unknown>>();

export function batchVerdict(baseUrl: string, now = Date.now()): BatchVerdict | undefined {
  const known = verdicts.get(baseUrl);
  if (!known) return undefined;
  if (known.until > now) return known.verdict;
  verdicts.delete(baseUrl);
  return undefined;
}

export function rememberBatchVerdict(baseUrl: string, verdict: BatchVerdict, now = Date.now()): void {
  verdicts.set(baseUrl, { verdict, until: now + BATCH_VERDICT_TTL_MS });
}

/** For tests and benchmarks: start again as a freshly started process would. */
export function forgetBatchVerdicts(): void {
  verdicts.clear();
  probes.clear();
}

/**
 * Runs `probe` unless the verdict for `baseUrl` is known or becomes known while waiting for a probe
 * another caller already started (single flight). Resolves to whether this caller ran the probe.
 * A probe that fails without settling the verdict (e.g. a dead session) lets the next waiter probe.
 */
export async function probeBatchOnce(baseUrl: string, probe: () => Promise<unknown>): Promise<boolean> {
  for (;;) {
    if (batchVerdict(baseUrl) !== undefined) return false;
    const running = probes.get(baseUrl);
    if (!running) break;
    await running.catch(() => undefined);
  }
  const running = probe();
  probes.set(baseUrl, running);
  try {
    await running;
  } finally {
    if (probes.get(baseUrl) === running) probes.delete(baseUrl);
  }
  return true;
}
