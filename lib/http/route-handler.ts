import "server-only";
import type { z } from "zod";
import { describeOvhError, isCredentialInvalid, isOvhError } from "@/lib/ovh/errors";
import { getSession } from "@/lib/session/cookie";
import { getSessionState, type SessionContext } from "@/lib/session/state";

// The frame of every JSON route handler: a session check, zod-parsed input, OVH failures turned into
// readable JSON with the query id, and a dead credential ending the session.

export type ApiError = { error: { code: string; message: string; queryId?: string; issues?: string[] } };

export function apiError(status: number, code: string, message: string, extra: Partial<ApiError["error"]> = {}) {
  return Response.json({ error: { code, message, ...extra } } satisfies ApiError, {
    status,
    headers: { "Cache-Control": "no-store" },
  });
}

export function invalidInput(error: z.ZodError) {
  const issues = error.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`);
  return apiError(400, "bad_request:input", issues[0] ?? "Invalid input.", { issues });
}

export async function withOvh(run: (context: SessionContext) => Promise<Response>): Promise<Response> {
  const context = await connectedOrRefusal();
  if (context instanceof Response) return context;
  try {
    return await run(context);
  } catch (err) {
    return ovhFailure(err);
  }
}

/** The session's client, or the 401 a route handler answers when there is none (or it cannot be read). */
export async function connectedOrRefusal(): Promise<SessionContext | Response> {
  const state = await getSessionState();
  if (state.status === "connected") return { ovh: state.ovh, info: state.info, cacheKey: state.cacheKey };
  if (state.status === "unreadable") {
    return apiError(401, "unauthorized:session-unreadable", "Your session could not be read. Connect again.");
  }
  return apiError(401, "unauthorized:session", "You are not connected. Connect again.");
}

export async function ovhFailure(err: unknown): Promise<Response> {
  if (isCredentialInvalid(err)) {
    (await getSession()).destroy();
    const { message, queryId } = describeOvhError(err);
    return apiError(401, "unauthorized:credential", message, { queryId });
  }
  if (isOvhError(err)) {
    const { message, queryId } = describeOvhError(err);
    const status = "status" in err && typeof err.status === "number" && err.status < 500 ? err.status : 502;
    return apiError(status, "upstream:ovh", message, { queryId });
  }
  throw err;
}

export function json(data: unknown, init: ResponseInit = {}) {
  return Response.json(data, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}
