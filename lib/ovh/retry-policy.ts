import type { NetworkErrorKind } from "./errors";

// Only idempotent reads and deletes are retried: a POST or PUT that reached OVH must not run twice.

export type RetryOptions = { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; maxTotalMs?: number };
export type RetryPolicy = Required<RetryOptions>;

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxTotalMs: 30_000,
};

const retryableStatuses = new Set([429, 502, 503, 504]);

export type AttemptFailure = { status: number } | { kind: NetworkErrorKind };

export function isRetryable(method: string, failure: AttemptFailure): boolean {
  if (method !== "GET" && method !== "DELETE") return false;
  // A 500 on a read is as transient as a 503; on a DELETE it is OVH's answer about that object, reported as is.
  if ("status" in failure) return retryableStatuses.has(failure.status) || (method === "GET" && failure.status === 500);
  // A DELETE that timed out may still be running on OVH's side; only reads are replayed after a timeout.
  return failure.kind === "network" || method === "GET";
}

/** Exponential backoff with full jitter; `attempt` is the 1-based attempt that just failed. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
