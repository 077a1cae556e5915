import type { z } from "zod";
import { BatchItemError } from "./batch-get";
import type { OvhClient } from "./client";
import { isCredentialInvalid, isNotFound, OvhBatchUnsupportedError } from "./errors";
import { createLimiter } from "./pool";

// Loads many objects of one collection: X-Ovh-Batch chunks in parallel, falling back to one GET
// per id when OVH refuses batching. Shared by credentials and applications.

export type FetchManyOptions = { batchSize?: number; concurrency?: number; noCache?: boolean };

// Remembered per client so that later calls skip the probe once OVH refused batching.
const batchRefused = new WeakSet<object>();

/**
 * Objects for `ids`, in first-seen order. Ids that no longer exist (404, or failed batch
 * items that then 404 one by one) are left out; any other failure is thrown.
 */
export async function fetchManyByIds<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: FetchManyOptions = {},
): Promise<z.output<S>[]> {
  return (await fetchByIds(ovh, pathPrefix, ids, itemSchema, options, false)).items;
}

export type SomeFetched<T> = { items: T[]; failedIds: number[]; firstError?: unknown };

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
  options: FetchManyOptions = {},
): Promise<SomeFetched<z.output<S>>> {
  return fetchByIds(ovh, pathPrefix, ids, itemSchema, options, true);
}

async function fetchByIds<S extends z.ZodType>(
  ovh: OvhClient,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: FetchManyOptions,
  partial: boolean,
): Promise<SomeFetched<z.output<S>>> {
  const { batchSize = 50, concurrency = 8, noCache } = options;
  const unique = [...new Set(ids)].map(assertId);
  const limiter = createLimiter(concurrency);
  const found = new Map<number, z.output<S>>();
  const failedIds = new Set<number>();
  let firstError: unknown;
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
        firstError ??= err;
        for (const id of failing) failedIds.add(id);
        return undefined;
      }
    });

  const fetchOne = (id: number) =>
    guarded([id], async () => {
      try {
        found.set(id, await ovh.get(`${pathPrefix}/${id}`, { schema: itemSchema, noCache }));
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    });

  const fetchChunk = async (chunk: number[]) => {
    const batch = await guarded(chunk, () => tryBatch(ovh, pathPrefix, chunk, itemSchema, noCache));
    if (aborted || chunk.some((id) => failedIds.has(id))) return;
    // Items the batch did not deliver are fetched one by one: a real 404 drops them, anything else surfaces.
    const missing: number[] = [];
    for (const id of chunk) {
      const value = batch?.get(id);
      if (value === undefined || value instanceof BatchItemError) missing.push(id);
      else found.set(id, value);
    }
    await Promise.all(missing.map(fetchOne));
  };

  await Promise.all(chunksOf(unique, batchSize).map(fetchChunk));
  return {
    items: unique.filter((id) => found.has(id)).map((id) => found.get(id) as z.output<S>),
    failedIds: unique.filter((id) => failedIds.has(id)),
    firstError,
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
  if (chunk.length < 2 || batchRefused.has(ovh)) return undefined;
  try {
    return await ovh.getBatch(pathPrefix, chunk, itemSchema, { noCache });
  } catch (err) {
    if (!(err instanceof OvhBatchUnsupportedError)) throw err;
    batchRefused.add(ovh);
    return undefined;
  }
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Ids end up in URL paths: only positive safe integers may get there. */
export function assertId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`not an OVH object id: ${id}`);
  return id;
}
