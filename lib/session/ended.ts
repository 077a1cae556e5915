// Why /connect is showing: the one list of the ways a session ends, shared by the server's redirects,
// the browser's data layer and the connect page's notices. Pure, so the browser can import it.

export const connectReasons = [
  "credential-invalid",
  "disconnected",
  "expired",
  "expire-failed",
  "session-unreadable",
] as const;

export type ConnectReason = (typeof connectReasons)[number];

export function isConnectReason(value: unknown): value is ConnectReason {
  return typeof value === "string" && (connectReasons as readonly string[]).includes(value);
}

/** The connect page, saying why the admin is there (no reason: a plain sign-in). */
export function connectUrl(reason?: ConnectReason): string {
  return reason ? `/connect?reason=${reason}` : "/connect";
}
