import type { Credential } from "@/lib/ovh/models";

// Time arithmetic shared by the findings, the selections and the summaries. OVH datetimes are
// ISO-8601 strings with an offset; one that does not parse is treated like a missing date, so a
// malformed value can never make a credential look expired or unused.

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export function toMillis(now: Date | number): number {
  return typeof now === "number" ? now : now.getTime();
}

/** Epoch milliseconds of an OVH datetime, or null when missing or unparsable. */
export function timeOf(value: string | null | undefined): number | null {
  if (value == null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** Validated, but its expiration has passed: OVH may not have flipped the status yet. */
export function isPastExpiry(credential: Pick<Credential, "status" | "expiration">, now: Date | number): boolean {
  const expiration = timeOf(credential.expiration);
  return credential.status === "validated" && expiration !== null && expiration <= toMillis(now);
}

/** Whether the credential can sign calls right now. */
export function canAct(credential: Pick<Credential, "status" | "expiration">, now: Date | number): boolean {
  return credential.status === "validated" && !isPastExpiry(credential, now);
}
