import "server-only";
import type { z } from "zod";
import { apiError, bodyErrorCode } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { crossSiteRefusal } from "@/lib/http/same-origin";
import { classifyOvhError, describeOvhError, endsSession, isOvhError } from "@/lib/ovh/errors";
import { endSession } from "@/lib/session/cookie";
import { getSessionState, type SessionContext } from "@/lib/session/state";

// The frame of every route handler under app/api (the emulator, a fake upstream, aside): Origin for
// mutations, zod-parsed query and JSON body, a session check, and OVH failures turned into readable
// JSON with the query id, a dead credential ending the session. Refusals come in that order: a
// cross-site or malformed request learns nothing about the session.

type Input<Q, B> = (Q extends z.ZodType ? { query: z.output<Q> } : unknown) &
  (B extends z.ZodType ? { body: z.output<B> } : unknown);

export function routeHandler<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  schemas: { query?: Q; body?: B },
  run: (session: SessionContext, input: Input<Q, B>, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const crossSite = crossSiteRefusal(request);
    if (crossSite) return crossSite;
    const input: Record<string, unknown> = {};
    if (schemas.query) {
      const parsed = schemas.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) return invalidInput(parsed.error);
      input.query = parsed.data;
    }
    if (schemas.body) {
      const body = await readJsonBody(request, schemas.body);
      if (!body.ok) {
        return body.issues ? invalidInput(body.issues) : apiError(bodyErrorCode(body.status), body.message);
      }
      input.body = body.data;
    }
    const session = await connectedOrRefusal();
    if (session instanceof Response) return session;
    try {
      return await run(session, input as Input<Q, B>, request);
    } catch (err) {
      return ovhFailure(err);
    }
  };
}

function invalidInput(error: z.ZodError) {
  const issues = error.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`);
  return apiError("bad_request:input", issues[0] ?? "Invalid input.", { issues });
}

async function connectedOrRefusal(): Promise<SessionContext | Response> {
  const state = await getSessionState();
  if (state.status === "connected") return { ovh: state.ovh, info: state.info, cacheKey: state.cacheKey };
  if (state.status === "unreadable") {
    return apiError("unauthorized:session-unreadable", "Your session could not be read. Connect again.");
  }
  return notConnected();
}

/** The 401 of a request without a connected session. */
export function notConnected(): Response {
  return apiError("unauthorized:session", "You are not connected. Connect again.");
}

async function ovhFailure(err: unknown): Promise<Response> {
  if (!isOvhError(err)) throw err;
  const { message, queryId } = describeOvhError(err);
  const classified = classifyOvhError(err);
  if (endsSession(classified)) {
    await endSession();
    return apiError("unauthorized:credential", message, { queryId });
  }
  const status = classified.status !== undefined && classified.status < 500 ? classified.status : undefined;
  return apiError("upstream:ovh", message, { queryId, status });
}

export function json(data: unknown, init: ResponseInit = {}) {
  return Response.json(data, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}
