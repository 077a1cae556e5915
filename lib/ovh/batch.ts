import type { z } from "zod";
import { BatchItemError, type BatchResult } from "./batch-get";
import { batchVerdict, probeBatchOnce, rememberBatchVerdict } from "./batch-support";
import type { OvhClient } from "./client";
import { OVH_CONCURRENCY } from "./concurrency";
import { isCredentialInvalid, isNotFound, OvhBatchUnsupportedError, reportedFailure } from "./errors";
import { assertOvhId } from "./ids";
import { createLimiter, type Limiter } from "./pool";

// Loads many objects of one collection: X-Ovh-Batch chunks in parallel, falling back to one GET
// per id when OVH refuses batching. Shared by credentials and applications.

export type FetchManyOptions<T = unknown> = {
  batchSize?: number;
  concurrency?: number;
  noCache?: boolean;
  /** A limiter shared with other calls of the same operation, so its whole fan-out stays bounded. */
  limiter?: Limiter;
  /** Called for each object as soon as it arrives, before the whole load settles. */
  onFound?: (item: T) => void;
};

/**
 * Objects for `ids`, in first-seen order. Ids that no longer exist (404, or failed batch
 * items that then 404 one by one) are left out; any other failure is thrown.
 * While the base URL's batch support is unknown, one chunk goes alone as the probe and the
 * others wait for its verdict, so a refusing server costs one failed request, not one per chunk.
 */
export async function fetchManyByIds<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: FetchManyOptions<z.output<S>> = {},
): Promise<z.output<S>[]> {
  return (await fetchByIds(ovh, pathPrefix, ids, itemSchema, options, false)).items;
}

export type SomeFetched<T> = {
  items: T[];
  failedIds: number[];
  /** The failure to show for the gaps: the first one OVH answered with a query id, else the first. */
  reportedError?: unknown;
};

/**
 * Like fetchManyByIds, but a chunk or id that still fails after the client's retries is reported in
 * `failedIds` instead of failing the whole load, so a flaky API yields a partial list, not none.
 * A dead credential still throws: nothing else can be read with it.
 */
export function fetchSomeByIds<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: FetchManyOptions<z.output<S>> = {},
): Promise<SomeFetched<z.output<S>>> {
  return fetchByIds(ovh, pathPrefix, ids, itemSchema, options, true);
}

async function fetchByIds<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: FetchManyOptions<z.output<S>>,
  partial: boolean,
): Promise<SomeFetched<z.output<S>>> {
  const { batchSize = 50, concurrency = OVH_CONCURRENCY, noCache, onFound } = options;
  const unique = [...new Set(ids)].map(assertOvhId);
  const limiter = options.limiter ?? createLimiter(concurrency);
  const found = new Map<number, z.output<S>>();
  const failedIds = new Set<number>();
  let reportedError: unknown;
  let aborted = false;

  // All-or-nothing: after the first failure queued calls are dropped instead of sent. Partial: the
  // failure is recorded against its ids and the rest carries on, unless the credential itself is dead.
  const guarded = <R>(failing: readonly number[], task: () => Promise<R>) =>
    limiter.run(async () => {
      if (aborted) return undefined;
      try {
        return await task();
      } catch (err) {
        if (!partial || isCredentialInvalid(err)) {
          aborted = true;
          throw err;
        }
        // Chunks can fail differently (one dropped, one answered 503): an answered one is reported.
        reportedError = reportedFailure(reportedError, err);
        for (const id of failing) failedIds.add(id);
        return undefined;
      }
    });

  const keep = (id: number, value: z.output<S>) => {
    found.set(id, value);
    onFound?.(value);
  };

  const fetchOne = (id: number) =>
    guarded([id], async () => {
      try {
        keep(id, await ovh.get(`${pathPrefix}/${id}`, { schema: itemSchema, noCache }));
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    });

  const tryChunk = (chunk: number[]) => guarded(chunk, () => tryBatch(ovh, pathPrefix, chunk, itemSchema, noCache));

  // Items the batch did not deliver are fetched one by one: a real 404 drops them, anything else surfaces.
  const settleChunk = async (chunk: number[], batch: BatchResult<z.output<S>> | undefined) => {
    if (aborted || chunk.some((id) => failedIds.has(id))) return;
    const missing: number[] = [];
    for (const id of chunk) {
      const value = batch?.get(id);
      if (value === undefined || value instanceof BatchItemError) missing.push(id);
      else keep(id, value);
    }
    await Promise.all(missing.map(fetchOne));
  };

  const chunks = chunksOf(unique, batchSize);
  const tasks: Promise<unknown>[] = [];
  const probeAt = chunks.findIndex((chunk) => chunk.length >= 2);
  if (probeAt >= 0 && batchVerdict(ovh.baseUrl) === undefined) {
    const [probe = []] = chunks.splice(probeAt, 1);
    let answer: BatchResult<z.output<S>> | undefined;
    const probed = await probeBatchOnce(ovh.baseUrl, async () => {
      answer = await tryChunk(probe);
    });
    tasks.push(probed ? settleChunk(probe, answer) : tryChunk(probe).then((batch) => settleChunk(probe, batch)));
  }
  for (const chunk of chunks) tasks.push(tryChunk(chunk).then((batch) => settleChunk(chunk, batch)));
  await Promise.all(tasks);
  return {
    items: unique.filter((id) => found.has(id)).map((id) => found.get(id) as z.output<S>),
    failedIds: unique.filter((id) => failedIds.has(id)),
    reportedError,
  };
}

async function tryBatch<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  chunk: number[],
  itemSchema: S,
  noCache: boolean | undefined,
) {
  // A one-id "batch" is indistinguishable from a plain GET; the plain GET is the safer call.
  if (chunk.length < 2 || batchVerdict(ovh.baseUrl) === "refused") return undefined;
  try {
    const result = await ovh.getBatch(pathPrefix, chunk, itemSchema, { noCache });
    rememberBatchVerdict(ovh.baseUrl, "supported");
    return result;
  } catch (err) {
    if (!(err instanceof OvhBatchUnsupportedError)) throw err;
    rememberBatchVerdict(ovh.baseUrl, "refused");
    return undefined;
  }
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
