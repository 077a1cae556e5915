import "server-only";
import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { connectAccessChoices } from "@/lib/connect/rules";
import { endpointIdSchema } from "@/lib/ovh/endpoints";
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
