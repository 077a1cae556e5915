import type { ApiContext } from "../api-context";
import { badQueryParameter, objectNotFound } from "../ovh-errors";
import { errorResponse, jsonResponse } from "../responses";
import type { Account } from "../store";

// GET by id, and its X-Ovh-Batch form (ids joined by the separator the header names):
// 200 with one {key, value, error} per id, key as sent. With the batch knob off, the joined
// ids are just an invalid long and answer 400 like any bad id.

const LONG = /^\d{1,15}$/;

export function parseId(raw: string): number | null {
  return LONG.test(raw) ? Number(raw) : null;
}

export function invalidId(param: string) {
  return errorResponse(badQueryParameter(param, "should be a long"));
}

export function batchSeparator(ctx: ApiContext, account: Account): string | null {
  const separator = ctx.request.headers.get("x-ovh-batch");
  return separator && account.knobs.batch ? separator : null;
}

export function getByIdOrBatch(
  ctx: ApiContext,
  account: Account,
  param: string,
  lookup: (id: number) => object | null,
): Response {
  const raw = ctx.params[param] ?? "";
  const separator = batchSeparator(ctx, account);
  if (separator) {
    const items = raw.split(separator).map((key) => {
      const id = parseId(key);
      if (id === null) return { key, value: null, error: `Invalid value for parameter ${param}: should be a long` };
      const value = lookup(id);
      return value === null
        ? { key, value: null, error: objectNotFound(param, key).message }
        : { key, value, error: null };
    });
    return jsonResponse(items);
  }
  const id = parseId(raw);
  if (id === null) return invalidId(param);
  const value = lookup(id);
  return value === null ? errorResponse(objectNotFound(param, raw)) : jsonResponse(value);
}
