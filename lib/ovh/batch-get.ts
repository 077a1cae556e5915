import { z } from "zod";
import type { OvhClient } from "./client";
import { isCredentialInvalid, OvhApiError, OvhBatchUnsupportedError, OvhProtocolError } from "./errors";
import { batchItemSchema } from "./models";
import { routeTemplate } from "./route-template";
import { firstIssue } from "./wire-format";

// X-Ovh-Batch (BATCH-AND-PAGINATION.md §2): `GET /prefix/1,2,3` with `X-Ovh-Batch: ,` answers
// `[{key, value, error}]`. Undocumented and unguaranteed by OVH, so any refusal is reported as
// OvhBatchUnsupportedError for the caller to fall back to one GET per id.

/** A batch element OVH reported as failed (e.g. deleted meanwhile); its shape is unverified. */
export class BatchItemError {
  constructor(readonly error: string) {}
}

export type BatchResult<T> = Map<number, T | BatchItemError>;

export async function getBatch<S extends z.ZodType>(
  ovh: Pick<OvhClient, "get">,
  pathPrefix: string,
  ids: readonly number[],
  itemSchema: S,
  options: { noCache?: boolean } = {},
): Promise<BatchResult<z.output<S>>> {
  const result: BatchResult<z.output<S>> = new Map();
  if (ids.length === 0) return result;
  // Literal commas: OVH's own front-end sends them so; whether %2C is accepted is unverified.
  const path = `${pathPrefix}/${ids.join(",")}`;
  const route = routeTemplate(path);

  let payload: unknown;
  try {
    payload = await ovh.get(path, { schema: z.unknown(), headers: { "X-Ovh-Batch": "," }, noCache: options.noCache });
  } catch (err) {
    if (refusesBatch(err)) throw new OvhBatchUnsupportedError(route, `HTTP ${(err as OvhApiError).status}`);
    throw err;
  }
  if (!Array.isArray(payload)) throw new OvhBatchUnsupportedError(route, "the answer is not an array");

  // Tolerate an item with no `value` key at all: it failed just like one with `value: null`.
  const withValues = payload.map((item) => (isObject(item) && !("value" in item) ? { ...item, value: null } : item));
  const items = z.array(batchItemSchema(itemSchema)).safeParse(withValues);
  if (!items.success) throw new OvhProtocolError(firstIssue(items.error), "GET", route);
  const requested = new Set(ids);
  // Zod cannot see through the generic item schema, so the parsed shape is restated here.
  const parsed = items.data as Array<{ key: string; value: z.output<S> | null; error?: unknown }>;
  for (const item of parsed) {
    const id = Number(item.key);
    if (!requested.has(id)) continue;
    result.set(id, item.value !== null ? item.value : new BatchItemError(describeItemError(item.error)));
  }
  return result;
}

// A dead session or a rate limit is not a verdict on batching; everything else 4xx is.
function refusesBatch(err: unknown): boolean {
  return (
    err instanceof OvhApiError &&
    err.status >= 400 &&
    err.status < 500 &&
    err.status !== 429 &&
    !isCredentialInvalid(err)
  );
}

function describeItemError(error: unknown): string {
  if (typeof error === "string") return error;
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string")
    return error.message;
  return error === undefined || error === null ? "no value" : JSON.stringify(error).slice(0, 200);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
