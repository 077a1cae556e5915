import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { createOvhClient, type OvhClient } from "@/lib/ovh/client";
import { endpointBaseUrl } from "@/lib/ovh/endpoints";
import { logOvhCall } from "@/lib/server-log";
import { type ConnectedSession, getSession, isConnected } from "@/lib/session";

/** What the UI may know about the session: never the application secret or the consumer key. */
export type SessionInfo = {
  endpoint: ConnectedSession["endpoint"];
  applicationKey: string;
  credentialId: number;
};

export function clientForSession(session: ConnectedSession): OvhClient {
  return createOvhClient({
    baseUrl: endpointBaseUrl(session.endpoint),
    appKey: session.applicationKey,
    appSecret: session.applicationSecret,
    consumerKey: session.consumerKey,
    onCall: logOvhCall,
  });
}

/** The signed client for this request's session, or null; deduplicated per request by React's cache. */
export const getOvh = cache(async (): Promise<{ ovh: OvhClient; info: SessionInfo } | null> => {
  const session = await getSession();
  if (!isConnected(session)) return null;
  return {
    ovh: clientForSession(session),
    info: { endpoint: session.endpoint, applicationKey: session.applicationKey, credentialId: session.credentialId },
  };
});

/** For pages: the session's client, or a redirect to /connect. */
export async function requireOvh() {
  return (await getOvh()) ?? redirect("/connect");
}
