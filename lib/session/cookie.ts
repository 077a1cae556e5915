import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLoopback } from "@/lib/http/request-origin";
import { sessionPasswords } from "@/lib/runtime/env";
import { openSession, type SessionData, sealSession } from "@/lib/session/seal";

export type { SessionData } from "@/lib/session/seal";

// The session is an iron-session seal in an encrypted, httpOnly cookie. Reading it never throws: an
// unreadable cookie (altered, truncated, foreign, or sealed with a retired secret) reads as signed out,
// and `unreadable` lets pages say so (/connect?reason=session-unreadable) instead of failing.

export const SESSION_COOKIE = "ovh-keys-session";
const EIGHT_HOURS = 8 * 60 * 60;
/** iron-session's own margin: the cookie dies a minute before the seal does. */
const COOKIE_MAX_AGE = EIGHT_HOURS - 60;

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
  const data = seal ? await openSession(seal, passwords, EIGHT_HOURS) : {};
  const options = await cookieOptions();
  const session = { ...data } as Session;
  Object.defineProperties(session, {
    save: {
      value: async () => {
        const fields: SessionData = { ...session };
        if (Object.keys(fields).length === 0) return session.destroy();
        store.set(SESSION_COOKIE, await sealSession(fields, passwords, EIGHT_HOURS), {
          ...options,
          maxAge: COOKIE_MAX_AGE,
        });
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
