import "server-only";
import type { IronSession } from "iron-session";
import { type ConnectedSession, getSession, isConnected, type SessionData } from "@/lib/session/cookie";
import { findTokenRequest, readTokenRequests, rememberTokenRequest, type TokenRequestRecord } from "./record";

// The token requests kept in this session's cookie. Reads work anywhere; saving only works in
// server actions and route handlers, where Next lets a response set cookies.

export type ConnectedIronSession = IronSession<SessionData> & ConnectedSession;

/** An action found no usable session: signed out, or OVH no longer accepts the session's credential. */
export type SessionEnded = { status: "session-ended"; reason: "signed-out" | "credential-invalid" };
export const signedOut: SessionEnded = { status: "session-ended", reason: "signed-out" };
export const credentialInvalid: SessionEnded = { status: "session-ended", reason: "credential-invalid" };

export function connectUrlFor(ended: SessionEnded): string {
  return ended.reason === "credential-invalid" ? "/connect?reason=credential-invalid" : "/connect";
}

/** The connected session and its token requests, or null when signed out. */
export async function connectedSessionRequests(): Promise<{
  session: ConnectedIronSession;
  requests: TokenRequestRecord[];
} | null> {
  const session = await getSession();
  if (!isConnected(session)) return null;
  return { session: session as ConnectedIronSession, requests: readTokenRequests(session.tokenRequests) };
}

export async function findSessionTokenRequest(id: string) {
  const context = await connectedSessionRequests();
  if (!context) return null;
  return { session: context.session, record: findTokenRequest(context.requests, id) };
}

export async function saveTokenRequest(session: ConnectedIronSession, record: TokenRequestRecord): Promise<void> {
  session.tokenRequests = rememberTokenRequest(readTokenRequests(session.tokenRequests), record);
  await session.save();
}
