// A session lives 8 hours from its sign-in, whatever happens in between. The sign-in time is sealed
// in the cookie (`signedInAt`), so saving the session never extends it: a stolen cookie that is
// replayed and re-saved still dies when the admin's own would have. Pure, so the clock is injected.

export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;
/** iron checks a seal's expiry with 60 s of tolerance; the cookie dies that much before the seal. */
export const COOKIE_MARGIN_SECONDS = 60;

/** Whole seconds left of a session signed in at `signedInAt` (ms), 0 once it has ended. */
export function remainingSeconds(signedInAt: number, now: number): number {
  const left = Math.floor((signedInAt + SESSION_LIFETIME_SECONDS * 1000 - now) / 1000);
  return Math.max(0, Math.min(SESSION_LIFETIME_SECONDS, left));
}

/** Whether a session signed in at `signedInAt` is still alive (a sign-in time in the future is forged). */
export function isAlive(signedInAt: number | undefined, now: number): signedInAt is number {
  return (
    signedInAt !== undefined &&
    signedInAt <= now + COOKIE_MARGIN_SECONDS * 1000 &&
    remainingSeconds(signedInAt, now) > 0
  );
}

/** How a save at `now` seals: the seal's ttl and the cookie's maxAge, both what remains, or null once ended. */
export function saveLifetime(signedInAt: number, now: number): { ttl: number; maxAge: number } | null {
  const ttl = remainingSeconds(signedInAt, now);
  const maxAge = ttl - COOKIE_MARGIN_SECONDS;
  return maxAge > 0 ? { ttl, maxAge } : null;
}
