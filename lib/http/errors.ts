import { type ConnectReason, connectUrl } from "@/lib/session/ended";

// The one list of what a route handler or the proxy can refuse with, in ai-chatbot's `type:surface`
// style, each with its HTTP status, and the one JSON body they all answer. Pure: the browser's
// getJson decodes the same union, and the proxy (edge) builds its refusals with it.

export const errorStatus = {
  "bad_request:input": 400,
  "bad_request:body": 400,
  "bad_request:path": 400,
  "unauthorized:session": 401,
  "unauthorized:session-unreadable": 401,
  "unauthorized:credential": 401,
  "forbidden:origin": 403,
  "not_found:token-request": 404,
  "not_allowed:method": 405,
  "not_found:job": 404,
  "conflict:job_running": 409,
  "too_large:body": 413,
  "unsupported:body-type": 415,
  // A start past the process's cap of running revocation jobs (lib/revocation/job-registry.ts).
  "rate_limited:jobs": 429,
  // OVH's own 4xx is passed on with this code (apiError's `status`); anything else from OVH is a 502.
  "upstream:ovh": 502,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorBody = { error: { code: ErrorCode; message: string; queryId?: string; issues?: string[] } };

type ErrorExtra = { queryId?: string; issues?: string[]; status?: number; headers?: HeadersInit };

export function apiError(code: ErrorCode, message: string, { status, headers, ...detail }: ErrorExtra = {}): Response {
  const body: ErrorBody = { error: { code, message, ...detail } };
  return Response.json(body, {
    status: status ?? errorStatus[code],
    headers: { "Cache-Control": "no-store", ...headers },
  });
}

/** A refused request body, by the status its reader chose (too large, not JSON, unreadable). */
export function bodyErrorCode(status: number): ErrorCode {
  if (status === 413) return "too_large:body";
  if (status === 415) return "unsupported:body-type";
  return "bad_request:body";
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(errorStatus, value);
}

/** What an error answer says, read defensively: a proxy or a crash may answer anything. */
export function readErrorBody(body: unknown): Partial<ErrorBody["error"]> {
  const error = typeof body === "object" && body !== null && "error" in body ? body.error : null;
  const { code, message, queryId } = (typeof error === "object" && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  return {
    code: isErrorCode(code) ? code : undefined,
    message: typeof message === "string" ? message : undefined,
    queryId: typeof queryId === "string" ? queryId : undefined,
  };
}

/** Why a 401 sends the admin to /connect: the one mapping from a refusal to a ConnectReason. */
export function connectReasonFor(code: ErrorCode | undefined): ConnectReason {
  if (code === "unauthorized:credential") return "credential-invalid";
  if (code === "unauthorized:session-unreadable") return "session-unreadable";
  return "disconnected";
}

export function connectUrlForError(code: ErrorCode | undefined): string {
  return connectUrl(connectReasonFor(code));
}
