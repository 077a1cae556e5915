import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLoopback } from "@/lib/http/request-origin";
import { sessionPasswords } from "@/lib/runtime/env";
import { COOKIE_LIMIT_BYTES, cookieBytes } from "@/lib/session/cookie-size";
import { openLiveSession, type SessionData, sealForSave } from "@/lib/session/seal";

export type { SessionData } from "@/lib/session/seal";

// The session is an iron-session seal in an encrypted, httpOnly cookie. Reading it never throws: an
// unreadable cookie (altered, truncated, foreign, or sealed with a retired secret) reads as signed out,
// and `unreadable` lets pages say so (/connect?reason=session-unreadable) instead of failing.

export const SESSION_COOKIE = "ovh-keys-session";

/** A write the browser would silently drop: refused instead, so nothing pretends it was kept. */
export class SessionTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The session cookie would take ${bytes} bytes, past the browsers' ${COOKIE_LIMIT_BYTES}.`);
    this.name = "SessionTooLargeError";
  }
}

export type Session = SessionData & {
  /** Seals the fields into a new cookie (fresh salt and IV every time). */
  save(): Promise<void>;
  /** Empties the session and expires the cookie. */
  destroy(): void;
};

async function cookieOptions() {
  const requestHeaders = await headers();
  const https = requestHeaders.get("x-forwarded-proto") === "https";
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    // Browsers accept Secure cookies on loopback over plain HTTP except Safari; everywhere else it is on.
    secure: https || !isLoopback(requestHeaders.get("host")),
  };
}

/** This request's session, opened once (React's cache): pages, the shell and actions share it. */
export const readSession = cache(async (): Promise<{ session: Session; unreadable: boolean }> => {
  const store = await cookies();
  const passwords = sessionPasswords();
  const seal = store.get(SESSION_COOKIE)?.value ?? "";
  // Ended 8 hours after sign-in (lib/session/lifetime.ts) reads as unreadable, as a stolen old cookie should.
  const data = seal ? await openLiveSession(seal, passwords, Date.now()) : {};
  const options = await cookieOptions();
  const session = { ...data } as Session;
  Object.defineProperties(session, {
    save: {
      value: async () => {
        const fields: SessionData = { ...session };
        if (Object.keys(fields).length === 0) return session.destroy();
        // A session saved for the first time (a connect) signs in now; every later save keeps that time.
        const now = Date.now();
        fields.signedInAt ??= now;
        const sealed = await sealForSave(fields, passwords, now);
        if (!sealed) return session.destroy();
        const bytes = cookieBytes(SESSION_COOKIE, sealed.seal);
        if (bytes > COOKIE_LIMIT_BYTES) throw new SessionTooLargeError(bytes);
        session.signedInAt = fields.signedInAt;
        store.set(SESSION_COOKIE, sealed.seal, { ...options, maxAge: sealed.maxAge });
      },
    },
    destroy: {
      value: () => {
        for (const field of Object.keys(session)) delete session[field as keyof SessionData];
        store.set(SESSION_COOKIE, "", { ...options, maxAge: 0 });
      },
    },
  });
  return { session, unreadable: data === null };
});

export async function getSession(): Promise<Session> {
  return (await readSession()).session;
}

// Writing: only these three seal the cookie. They work where Next lets a response set cookies
// (server actions and route handlers), not while a page renders.

/**
 * Whether `data` would seal into a cookie browsers keep: the check made before anything is changed at
 * OVH, so a change whose record would not fit is refused rather than made and then lost.
 */
export async function fitsInCookie(data: SessionData): Promise<boolean> {
  const sealed = await sealForSave(data, sessionPasswords(), Date.now());
  return sealed !== null && cookieBytes(SESSION_COOKIE, sealed.seal) <= COOKIE_LIMIT_BYTES;
}

/** Changes some fields of this request's session, then seals it. */
export async function updateSession(change: (data: SessionData) => void): Promise<void> {
  const session = await getSession();
  change(session);
  await session.save();
}

/** A fresh session holding only `data`: nothing of an earlier one survives. */
export async function replaceSession(data: SessionData): Promise<void> {
  const session = await getSession();
  session.destroy();
  Object.assign(session, data);
  await session.save();
}

/** Forgets the keys and expires the cookie. */
export async function endSession(): Promise<void> {
  (await getSession()).destroy();
}

export type ConnectedSession = Required<
  Pick<SessionData, "endpoint" | "applicationKey" | "applicationSecret" | "consumerKey" | "credentialId">
>;

export function isConnected(data: SessionData): data is SessionData & ConnectedSession {
  return Boolean(data.endpoint && data.applicationKey && data.applicationSecret && data.consumerKey);
}
