import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { credentialCacheKey } from "@/lib/inventory/cache";
import type { OvhClient } from "@/lib/ovh/client";
import { type ConnectedSession, isConnected, readSession, type SessionData } from "@/lib/session/cookie";
import { connectUrl } from "@/lib/session/ended";
import { ovhClientFor } from "@/lib/session/ovh-client";

/** What the UI may know about the session: never the application secret or the consumer key. */
export type SessionInfo = {
  endpoint: ConnectedSession["endpoint"];
  applicationKey: string;
  credentialId: number;
};

/** The session's own client: its writes invalidate the credential's cached reads. */
export function clientForSession(session: ConnectedSession): OvhClient {
  return ovhClientFor(session, { cacheKey: credentialCacheKey(session) });
}

/** The session's fields as opened, keys included: server-side only, never handed to the browser. */
export type ConnectedSessionData = SessionData & ConnectedSession;

/** What a request acting for the session gets: the signed client, what the UI may know, the cache key. */
export type SessionContext = { ovh: OvhClient; info: SessionInfo; cacheKey: string };

/**
 * The same, with the session's fields as opened, for the few operations that sign with other keys
 * or read the token requests kept in the cookie.
 */
export type ConnectedContext = SessionContext & { data: ConnectedSessionData };

export type SessionState = ({ status: "connected" } & ConnectedContext) | { status: "disconnected" | "unreadable" };

/** The session of this request, read once per request (React's cache) and never throwing. */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const { session, unreadable } = await readSession();
  if (unreadable) return { status: "unreadable" };
  if (!isConnected(session)) return { status: "disconnected" };
  return {
    status: "connected",
    ovh: clientForSession(session),
    info: { endpoint: session.endpoint, applicationKey: session.applicationKey, credentialId: session.credentialId },
    cacheKey: credentialCacheKey(session),
    data: session,
  };
});

/** The signed client for this request's session, or null. */
export async function getOvh(): Promise<ConnectedContext | null> {
  const state = await getSessionState();
  return state.status === "connected" ? contextOf(state) : null;
}

function contextOf({ ovh, info, cacheKey, data }: ConnectedContext): ConnectedContext {
  return { ovh, info, cacheKey, data };
}

/** For pages and actions: the session's client, or a redirect to /connect saying why. */
export async function requireOvh() {
  const state = await getSessionState();
  if (state.status === "connected") return contextOf(state);
  redirect(connectUrl(state.status === "unreadable" ? "session-unreadable" : undefined));
}
