import "server-only";
import { type SessionData, sealSession } from "@/lib/session/seal";

// Browsers drop a Set-Cookie whose name, value and attributes pass 4,096 bytes (RFC 6265bis §5.6;
// Chromium counts name + value, Firefox the whole line), and they drop it silently: the old cookie
// stays, the page believes the new one was written. So every write is measured before it is made,
// by sealing the candidate exactly as the real write would (sealing ~3 KB takes well under 1 ms).

export const COOKIE_LIMIT_BYTES = 4_096;

/** The longest attributes the session cookie is ever written with (lib/session/cookie.ts). */
const LONGEST_ATTRIBUTES =
  "; Path=/; Expires=Wed, 01 Jan 2025 00:00:00 GMT; Max-Age=28800; Secure; HttpOnly; SameSite=lax";

/** Bytes of the Set-Cookie line for `value`, as Next writes it (encodeURIComponent, then attributes). */
export function cookieBytes(name: string, value: string): number {
  return Buffer.byteLength(`${name}=${encodeURIComponent(value)}${LONGEST_ATTRIBUTES}`);
}

export type CookieFit = { fits: boolean; bytes: number };

/** Whether `data`, sealed, makes a cookie a browser keeps. */
export async function measureSession(
  name: string,
  data: SessionData,
  passwords: Record<string, string>,
  ttl: number,
): Promise<CookieFit> {
  const bytes = cookieBytes(name, await sealSession(data, passwords, ttl));
  return { fits: bytes <= COOKIE_LIMIT_BYTES, bytes };
}
