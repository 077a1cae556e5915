import type { z } from "zod";
import { ForbiddenKeyError, parseJsonSafely } from "@/lib/http/safe-json";

export const MAX_BODY_BYTES = 256 * 1024;

export type BodyResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; issues?: z.ZodError };

/** Reads a JSON body with a size cap, then parses it with zod; never throws on hostile input. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<BodyResult<z.output<S>>> {
  // JSON only: a cross-site page cannot send this type without a CORS preflight, which is never granted.
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return { ok: false, status: 415, message: "The request body must be JSON (Content-Type: application/json)." };
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, status: 413, message: "The request body is too large." };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, status: 400, message: "The request body could not be read." };
  }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return { ok: false, status: 413, message: "The request body is too large." };
  }
  let value: unknown;
  try {
    value = parseJsonSafely(text);
  } catch (err) {
    const message = err instanceof ForbiddenKeyError ? err.message : "The request body is not valid JSON.";
    return { ok: false, status: 400, message };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return { ok: false, status: 400, message: "The request body is not valid.", issues: parsed.error };
  return { ok: true, data: parsed.data };
}
