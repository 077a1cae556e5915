import "server-only";
import { updateSession } from "@/lib/session/cookie";
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

export async function saveTokenRequest(record: TokenRequestRecord): Promise<void> {
  await updateSession((data) => {
    data.tokenRequests = rememberTokenRequest(readTokenRequests(data.tokenRequests), record);
  });
}
