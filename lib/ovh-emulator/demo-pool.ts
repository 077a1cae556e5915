import { HOUR, MINUTE } from "./datetime";

// Which demo accounts to free before creating one more. The demo button creates an account per click
// without authentication, so a public demo must bound them: at most `maxAccounts` per process, each
// expiring `idleMs` after its last use. When the pool is full of live accounts, the least recently
// used one goes, but only once idle for `minIdleToEvictMs`, so a visitor's sandbox does not vanish
// under them while they click; when none is that idle, the new one is refused. Pure, so the clock is
// the caller's.

export type DemoPoolPolicy = { maxAccounts: number; idleMs: number; minIdleToEvictMs: number };

export const DEMO_POOL: DemoPoolPolicy = { maxAccounts: 200, idleMs: 2 * HOUR, minIdleToEvictMs: 15 * MINUTE };

export type DemoEntry<T> = { item: T; lastUsedMs: number };

export type Admission<T> = { admit: true; evict: T[] } | { admit: false; retryInMs: number };

export const isIdleExpired = (lastUsedMs: number, nowMs: number, policy: DemoPoolPolicy) =>
  nowMs - lastUsedMs >= policy.idleMs;

export function planDemoAdmission<T>(
  entries: readonly DemoEntry<T>[],
  nowMs: number,
  policy: DemoPoolPolicy = DEMO_POOL,
): Admission<T> {
  const expired = entries.filter((e) => isIdleExpired(e.lastUsedMs, nowMs, policy));
  const live = entries
    .filter((e) => !isIdleExpired(e.lastUsedMs, nowMs, policy))
    .sort((a, b) => a.lastUsedMs - b.lastUsedMs);
  const evict = expired.map((e) => e.item);
  const excess = live.length + 1 - policy.maxAccounts;
  if (excess <= 0) return { admit: true, evict };
  const evictable = live.slice(0, excess).filter((e) => nowMs - e.lastUsedMs >= policy.minIdleToEvictMs);
  if (evictable.length === excess) return { admit: true, evict: [...evict, ...evictable.map((e) => e.item)] };
  const oldest = live[0]?.lastUsedMs ?? nowMs;
  return { admit: false, retryInMs: Math.max(0, oldest + policy.minIdleToEvictMs - nowMs) };
}

export function demoPoolFullMessage(retryInMs: number, policy: DemoPoolPolicy = DEMO_POOL): string {
  const minutes = Math.max(1, Math.ceil(retryInMs / MINUTE));
  return (
    `The demo is full: ${policy.maxAccounts} sandbox accounts are in use. ` +
    `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, when the least recently used one can be freed.`
  );
}
