import "server-only";
import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { connectAccessChoices } from "@/lib/connect/rules";
import { endpointIdSchema } from "@/lib/ovh/endpoints";
import { isAlive, saveLifetime } from "@/lib/session/lifetime";
import type { StoredTokenRequest } from "@/lib/token-requests/record";

// Sealing and opening the session cookie, apart from Next so that rotation and hostile cookies are
// unit-tested. Opening never throws: a cookie that was altered, truncated, sealed by another app or
// with a secret no longer configured, or that holds an unexpected shape, is simply unreadable.

const key = z.string().min(1).max(256);

// Loose: a field added by a later version survives a read; the known ones must have their type.
export const sessionDataSchema = z
  .looseObject({
    endpoint: endpointIdSchema,
    applicationKey: key,
    applicationSecret: key,
    consumerKey: key,
    credentialId: z.number().int().positive(),
    connectedAt: z.number().int().nonnegative(),
    /** When the keys were first stored (ms): the session ends 8 hours later, however often it is saved (lib/session/lifetime.ts). */
    signedInAt: z.number().int().nonnegative(),
    /** The OVH account (GET /me nichandle) this session manages: no credential of another enters it. */
    nichandle: z.string().min(1).max(100),
    pendingConsumerKey: key,
    /** Where that key is validated, so /connect/complete can send the admin back if they skipped it. */
    pendingValidationUrl: z.string().max(2048),
    /** The rules asked for while the key waits. */
    pendingAccess: z.enum(connectAccessChoices),
    /** Allowed IPs of credentials this session quarantined, by credential id (lib/allowed-ips/quarantine-memory.ts). */
    quarantined: z.record(z.string(), z.array(z.string()).nullable()),
    /** This session's latest token requests, newest first; each is re-validated by readTokenRequests. */
    tokenRequests: z.array(z.custom<StoredTokenRequest>((value) => typeof value === "object" && value !== null)),
  })
  .partial();

export type SessionData = z.infer<typeof sessionDataSchema>;

/** Longer than any real seal (about 700 characters), shorter than anything worth decrypting. */
const MAX_SEAL_LENGTH = 4096;

export function sealSession(data: SessionData, passwords: Record<string, string>, ttl: number): Promise<string> {
  return sealData(data, { password: passwords, ttl });
}

/** The session in `seal`, or null when it cannot be trusted. */
export async function openSession(
  seal: string,
  passwords: Record<string, string>,
  ttl: number,
): Promise<SessionData | null> {
  if (seal.length === 0 || seal.length > MAX_SEAL_LENGTH) return null;
  // First by the password id written in the seal; then each secret under that id, because ids are
  // positions in SESSION_SECRET and shift when the oldest secret is dropped after a rotation.
  const id = seal.split("*")[1] ?? "";
  const candidates = [passwords, ...Object.values(passwords).map((secret) => ({ [id]: secret }))];
  for (const password of candidates) {
    let data: unknown;
    try {
      data = await unsealData(seal, { password, ttl });
    } catch {
      return null;
    }
    if (data && typeof data === "object" && Object.keys(data).length > 0) {
      const parsed = sessionDataSchema.safeParse(data);
      return parsed.success ? parsed.data : null;
    }
  }
  return null;
}

/**
 * The session in `seal` if it is readable and still within 8 hours of its sign-in at `now`. A cookie
 * without a sign-in time (sealed before it was kept) counts from its connection, or is ended.
 */
export async function openLiveSession(
  seal: string,
  passwords: Record<string, string>,
  now: number,
): Promise<SessionData | null> {
  const data = await openSession(seal, passwords, SEAL_TTL_CEILING);
  if (!data) return null;
  const signedInAt = data.signedInAt ?? data.connectedAt;
  return isAlive(signedInAt, now) ? { ...data, signedInAt } : null;
}

/** iron's own ceiling when opening; the sign-in time is what really bounds a session. */
const SEAL_TTL_CEILING = 8 * 60 * 60;

/**
 * The seal of a save at `now` and the cookie's maxAge: the sign-in time is kept (a session without
 * one signs in now) and both the seal and the cookie expire when the session does. null once ended.
 */
export async function sealForSave(
  data: SessionData,
  passwords: Record<string, string>,
  now: number,
): Promise<{ seal: string; maxAge: number } | null> {
  const signedInAt = data.signedInAt ?? now;
  const lifetime = isAlive(signedInAt, now) ? saveLifetime(signedInAt, now) : null;
  if (!lifetime) return null;
  return { seal: await sealSession({ ...data, signedInAt }, passwords, lifetime.ttl), maxAge: lifetime.maxAge };
}
