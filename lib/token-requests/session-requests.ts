import "server-only";
import { fitsInCookie, type SessionData, updateSession } from "@/lib/session/cookie";
import { makeRoom } from "@/lib/session/make-room";
import { type ConnectedSessionData, getOvh } from "@/lib/session/state";
import { findTokenRequest, readTokenRequests, rememberTokenRequest, type TokenRequestRecord } from "./record";

// The token requests kept in this session's cookie. Reads work anywhere; saving only works in
// server actions and route handlers, where Next lets a response set cookies.

/** The connected session and its token requests, or null when signed out. */
export async function connectedSessionRequests(): Promise<{
  session: ConnectedSessionData;
  requests: TokenRequestRecord[];
} | null> {
  const context = await getOvh();
  if (!context) return null;
  return { session: context.data, requests: readTokenRequests(context.data.tokenRequests) };
}

export async function findSessionTokenRequest(id: string) {
  const context = await connectedSessionRequests();
  if (!context) return null;
  return { session: context.session, record: findTokenRequest(context.requests, id) };
}

/** The request list to keep after adding `record`, if the cookie can hold it: older requests give way first. */
async function withRequest(session: SessionData, record: TokenRequestRecord): Promise<SessionData | null> {
  const tokenRequests = rememberTokenRequest(readTokenRequests(session.tokenRequests), record);
  return makeRoom({ ...session, tokenRequests }, fitsInCookie, { keepNewest: 1 });
}

// What OVH may answer, as large as it gets: the room is checked before OVH is called, with these.
const LARGEST_CONSUMER_KEY = "C".repeat(64);
const LARGEST_VALIDATION_URL = `https://${"v".repeat(64)}/auth/?credentialToken=${"t".repeat(128)}`;

/**
 * Before POST /auth/credential: whether this session can keep the request once OVH answers. When it
 * cannot (even after dropping every older request), the request is refused and OVH never called, so
 * no consumer key is created that nobody sees.
 */
export async function hasRoomForTokenRequest(
  session: SessionData,
  record: Omit<TokenRequestRecord, "consumerKey" | "validationUrl">,
): Promise<boolean> {
  const largest = { ...record, consumerKey: LARGEST_CONSUMER_KEY, validationUrl: LARGEST_VALIDATION_URL };
  return (await withRequest(session, largest)) !== null;
}

/** Keeps the request in the cookie; false when it could not be kept (the caller still shows its key). */
export async function saveTokenRequest(session: SessionData, record: TokenRequestRecord): Promise<boolean> {
  const room = await withRequest(session, record);
  if (!room) return false;
  await updateSession((data) => {
    data.tokenRequests = room.tokenRequests;
  });
  return true;
}
