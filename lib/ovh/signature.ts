import { createHash } from "node:crypto";

export type SignatureInput = {
  appSecret: string;
  consumerKey: string;
  method: string;
  /** The full URL exactly as sent: scheme, host, port, base path, route and query string. */
  url: string;
  /** The exact body string sent, "" when there is none. */
  body: string;
  /** Server-time Unix seconds (local time corrected by the /auth/time drift). */
  timestamp: number;
};

/** OVH API v1 request signature: "$1$" + sha1_hex(AS+CK+METHOD+URL+BODY+TS joined by "+"). */
export function signRequest(input: SignatureInput): string {
  const payload = [
    input.appSecret,
    input.consumerKey,
    input.method.toUpperCase(),
    input.url,
    input.body,
    String(input.timestamp),
  ].join("+");
  return `$1$${createHash("sha1").update(payload, "utf8").digest("hex")}`;
}
