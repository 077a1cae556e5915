import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import type { ConnectAccessChoice } from "@/lib/connect-rules";
import { sessionPasswords } from "@/lib/env";
import type { EndpointId } from "@/lib/ovh/endpoints";
import type { StoredTokenRequest } from "@/lib/token-requests/record";

/** What the encrypted, httpOnly cookie holds. Only primitives: iron-session seals JSON. */
export type SessionData = {
  endpoint?: EndpointId;
  applicationKey?: string;
  applicationSecret?: string;
  consumerKey?: string;
  credentialId?: number;
  connectedAt?: number;
  /** A consumer key requested by "connect with AK/AS only", waiting for the admin to validate it. */
  pendingConsumerKey?: string;
  /**
   * Allowed IPs of credentials this session quarantined, by credential id, so Restore can put them
   * back (null: it had no restriction). Bounded by lib/access-rules/quarantine.ts to ~20 entries.
   */
  quarantined?: Record<string, string[] | null>;
  /** Where that key is validated, so /connect/complete can send the admin back if they skipped it. */
  pendingValidationUrl?: string;
  /** The rules asked for, shown while the key waits. */
  pendingAccess?: ConnectAccessChoice;
  /** This session's latest token requests, newest first (lib/token-requests/record.ts bounds them). */
  tokenRequests?: StoredTokenRequest[];
};

export const SESSION_COOKIE = "ovh-keys-session";
const EIGHT_HOURS = 8 * 60 * 60;

function isLoopback(host: string | null): boolean {
  const name = (host ?? "").replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "127.0.0.1" || name === "::1";
}

async function sessionOptions(): Promise<SessionOptions> {
  const requestHeaders = await headers();
  const https = requestHeaders.get("x-forwarded-proto") === "https";
  return {
    cookieName: SESSION_COOKIE,
    password: sessionPasswords(),
    ttl: EIGHT_HOURS,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      // Browsers accept Secure cookies on loopback over plain HTTP except Safari; everywhere else it is on.
      secure: https || !isLoopback(requestHeaders.get("host")),
    },
  };
}

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), await sessionOptions());
}

export type ConnectedSession = Required<
  Pick<SessionData, "endpoint" | "applicationKey" | "applicationSecret" | "consumerKey" | "credentialId">
>;

export function isConnected(data: SessionData): data is SessionData & ConnectedSession {
  return Boolean(data.endpoint && data.applicationKey && data.applicationSecret && data.consumerKey);
}
