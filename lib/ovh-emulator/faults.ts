import { MINUTE } from "./datetime";
import type { Account } from "./store";

// Per-account fault injection: dropped connections, 5xx answers, rate limiting and scripted
// DELETE failures. Draws come from the account's own PRNG, so a run replays identically.

/** What fetch() throws when the network fails; the standalone server destroys the socket instead. */
// A brand rather than instanceof: Next bundles the emulator once per entry (the mounted route, the demo
// button's server action), and whichever entry created the shared emulator throws its own class.
const DROPPED = Symbol.for("ovh-keys.ovh-emulator.dropped-connection");

export class DroppedConnectionError extends TypeError {
  readonly [DROPPED] = true;
  constructor() {
    super("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    this.name = "TypeError";
  }
}

export function isDroppedConnection(error: unknown): error is DroppedConnectionError {
  return typeof error === "object" && error !== null && (error as { [DROPPED]?: unknown })[DROPPED] === true;
}

const faultStatuses = [500, 502, 503] as const;

export type Fault = { kind: "drop" } | { kind: "error"; status: number } | null;

/** Both draws happen on every request, so toggling one knob never shifts the other's sequence. */
export function drawFault(account: Account): Fault {
  const dropRoll = account.faultRng();
  const errorRoll = account.faultRng();
  const statusRoll = account.faultRng();
  if (dropRoll < account.knobs.dropConnections) return { kind: "drop" };
  if (errorRoll < account.knobs.errorRate) {
    return { kind: "error", status: faultStatuses[Math.floor(statusRoll * faultStatuses.length)] ?? 500 };
  }
  return null;
}

/** Sliding one-minute window per consumer key; only accepted requests occupy the window. */
export function takeRateSlot(account: Account, key: string, nowMs: number): { retryAfterSec: number } | null {
  const limit = account.knobs.rateLimitPerMinute;
  if (limit === null) return null;
  const window = (account.rateWindows.get(key) ?? []).filter((t) => t > nowMs - MINUTE);
  account.rateWindows.set(key, window);
  if (window.length >= limit) {
    const oldest = window[0] ?? nowMs;
    return { retryAfterSec: Math.max(1, Math.ceil((oldest + MINUTE - nowMs) / 1000)) };
  }
  window.push(nowMs);
  return null;
}

/** The scripted failure of this DELETE (status, and whether it happens after the deletion), or null. */
export function takeDeleteFailure(
  account: Account,
  credentialId: number,
): { status: number; afterCommit: boolean } | null {
  const fail = account.knobs.failDeletes;
  const left = account.failDeletesLeft.get(credentialId) ?? 0;
  if (!fail || left <= 0) return null;
  account.failDeletesLeft.set(credentialId, left - 1);
  return { status: fail.status, afterCommit: fail.afterCommit === true };
}
