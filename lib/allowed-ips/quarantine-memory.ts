import { parseIpBlock } from "./ip-blocks";

// Quarantine cuts a credential off without revoking it: its allowed IPs become two documentation
// addresses (RFC 5737, RFC 3849) that no real caller can come from. The list it had before is
// kept in the encrypted session cookie, so Restore can put it back and no state lives elsewhere.

export const QUARANTINE_IPS: readonly string[] = ["192.0.2.1/32", "2001:db8::1/128"];

/** Previous allowed IPs by credential id; null means the credential had no restriction. */
export type QuarantineMemory = Record<string, string[] | null>;

export const MAX_REMEMBERED = 20;
/**
 * JSON characters for the whole memory. With the token requests' budget and the keys, the sealed
 * cookie stays under the browsers' 4,096 bytes (lib/session/cookie-size.test.ts fills them all).
 */
export const MAX_REMEMBERED_CHARS = 1_000;

function canonicalSet(ips: readonly string[]): Set<string> | null {
  const set = new Set<string>();
  for (const ip of ips) {
    const result = parseIpBlock(ip);
    if (!result.ok) return null;
    set.add(result.value);
  }
  return set;
}

/** Whether the allowed IPs are exactly the quarantine set, in any order or spelling. */
export function isQuarantined(allowedIPs: readonly string[] | null): boolean {
  if (allowedIPs === null) return false;
  const set = canonicalSet(allowedIPs);
  return set !== null && set.size === QUARANTINE_IPS.length && QUARANTINE_IPS.every((ip) => set.has(ip));
}

export type RememberResult =
  | { ok: true; memory: QuarantineMemory }
  | { ok: false; reason: "too-large" }
  | { ok: false; reason: "full" };

/**
 * Adds one credential's previous list. The map stays within MAX_REMEMBERED entries and
 * MAX_REMEMBERED_CHARS of JSON by refusing the new entry: a remembered list is Restore's only copy,
 * so none is ever dropped to make room (the caller refuses the quarantine before OVH is called).
 */
export function rememberQuarantine(
  memory: QuarantineMemory | undefined,
  credentialId: number,
  previous: readonly string[] | null,
): RememberResult {
  const key = String(credentialId);
  const entry = previous === null ? null : [...previous];
  if (JSON.stringify({ [key]: entry }).length > MAX_REMEMBERED_CHARS) return { ok: false, reason: "too-large" };
  const next: QuarantineMemory = { ...memory, [key]: entry };
  if (Object.keys(next).length > MAX_REMEMBERED || JSON.stringify(next).length > MAX_REMEMBERED_CHARS) {
    return { ok: false, reason: "full" };
  }
  return { ok: true, memory: next };
}

export function forgetQuarantine(memory: QuarantineMemory | undefined, credentialId: number): QuarantineMemory {
  const next = { ...memory };
  delete next[String(credentialId)];
  return next;
}

/** The remembered list, `undefined` when this session does not know it. */
export function previousAllowedIps(
  memory: QuarantineMemory | undefined,
  credentialId: number,
): string[] | null | undefined {
  if (!memory || !Object.hasOwn(memory, String(credentialId))) return undefined;
  return memory[String(credentialId)] ?? null;
}

/** What the detail page knows about a credential's list before quarantine. */
export type QuarantineKnowledge =
  | { known: false }
  /** `quarantinedAt` (ISO 8601) only when this page saw the quarantine happen. */
  | { known: true; previous: string[] | null; quarantinedAt?: string };
