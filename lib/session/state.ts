import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { credentialCacheKey, forgetCredential } from "@/lib/inventory/cache";
import { createOvhClient, type OvhClient } from "@/lib/ovh/client";
import { endpointBaseUrl } from "@/lib/ovh/endpoints";
import { logOvhCall } from "@/lib/runtime/server-log";
import { type ConnectedSession, isConnected, readSession } from "@/lib/session/cookie";

/** What the UI may know about the session: never the application secret or the consumer key. */
export type SessionInfo = {
  endpoint: ConnectedSession["endpoint"];
  applicationKey: string;
  credentialId: number;
};

export function clientForSession(session: ConnectedSession): OvhClient {
  const cacheKey = credentialCacheKey(session);
  return createOvhClient({
    baseUrl: endpointBaseUrl(session.endpoint),
    appKey: session.applicationKey,
    appSecret: session.applicationSecret,
    consumerKey: session.consumerKey,
    onCall: (call) => {
      logOvhCall(call);
      // Whatever this credential changes at OVH, its next reads are new loads.
      if (call.method !== "GET") forgetCredential(cacheKey);
    },
  });
}

/** What a request acting for the session gets: the signed client, what the UI may know, the cache key. */
export type SessionContext = { ovh: OvhClient; info: SessionInfo; cacheKey: string };

export type SessionState = ({ status: "connected" } & SessionContext) | { status: "disconnected" | "unreadable" };

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
  };
});

/** The signed client for this request's session, or null. */
export async function getOvh(): Promise<SessionContext | null> {
  const state = await getSessionState();
  return state.status === "connected" ? contextOf(state) : null;
}

function contextOf({ ovh, info, cacheKey }: SessionContext): SessionContext {
  return { ovh, info, cacheKey };
}

/** For pages and actions: the session's client, or a redirect to /connect saying why. */
export async function requireOvh() {
  const state = await getSessionState();
  if (state.status === "connected") return contextOf(state);
  redirect(state.status === "unreadable" ? "/connect?reason=session-unreadable" : "/connect");
}
