import type { z } from "zod";
import { parseErrorBody } from "./error-body";
import { OvhApiError, OvhProtocolError } from "./errors";
import type { HttpExchange } from "./http-exchange";
import type { HttpMethod } from "./models";

// How requests are written and answers read on the wire, apart from signing and retries.

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(baseUrl: string, path: string, query: QueryParams | undefined): string {
  if (!path.startsWith("/") || /[?#]/.test(path)) {
    throw new TypeError("An OVH path starts with / and carries no query string (pass `query` instead).");
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  // Signed exactly as fetch will serialise it, so the server recomputes the same string.
  return new URL(`${baseUrl}${path}${search ? `?${search}` : ""}`).href;
}

// Like python-ovh and node-ovh: an ASCII-only body leaves no room for encoding mismatches in the signature.
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function apiError(answer: HttpExchange, method: HttpMethod, route: string, queryId: string | undefined) {
  const body = parseErrorBody(answer.text, answer.status, answer.statusText);
  return new OvhApiError({ status: answer.status, ...body, queryId, method, route });
}

export function parsePayload<S extends z.ZodType>(answer: HttpExchange, schema: S, method: HttpMethod, route: string) {
  let payload: unknown = null;
  if (answer.status !== 204 && answer.text.trim() !== "") {
    try {
      payload = JSON.parse(answer.text);
    } catch {
      throw new OvhProtocolError("the body is not JSON", method, route);
    }
  }
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data as z.output<S>;
  throw new OvhProtocolError(firstIssue(parsed.error), method, route);
}

/** Zod 4 issue messages name the expected shape, not the received value, so no payload secret leaks. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join(".") : "(root)";
  return `${where}: ${issue?.message ?? "invalid"}`.slice(0, 200);
}
