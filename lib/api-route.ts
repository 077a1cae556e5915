import "server-only";
import type { z } from "zod";
import { getOvh, type SessionInfo } from "@/lib/auth";
import type { OvhClient } from "@/lib/ovh/client";
import { describeOvhError, isCredentialInvalid, isOvhError } from "@/lib/ovh/errors";
import { getSession } from "@/lib/session";

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

export async function withOvh(
  run: (context: { ovh: OvhClient; info: SessionInfo }) => Promise<Response>,
): Promise<Response> {
  const context = await getOvh();
  if (!context) return apiError(401, "unauthorized:session", "You are not connected. Connect again.");
  try {
    return await run(context);
  } catch (err) {
    return ovhFailure(err);
  }
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
