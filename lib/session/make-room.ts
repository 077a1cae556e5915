import type { SessionData } from "@/lib/session/seal";

// What gives way when a change would not fit in the session cookie: the oldest tracked token requests
// (their credentials stay at OVH and in the audit), never the keys and never a quarantine's restore
// data. Pure: whether a candidate fits is asked of `fits` (lib/session/cookie.ts seals it for real).

/**
 * `data`, or `data` without its oldest token requests, as soon as it fits; null when even dropping
 * every droppable request is not enough. The `keepNewest` newest requests are never dropped.
 */
export async function makeRoom(
  data: SessionData,
  fits: (candidate: SessionData) => Promise<boolean>,
  { keepNewest = 0 }: { keepNewest?: number } = {},
): Promise<SessionData | null> {
  let candidate = data;
  for (;;) {
    if (await fits(candidate)) return candidate;
    const requests = candidate.tokenRequests ?? [];
    if (requests.length <= keepNewest) return null;
    candidate = { ...candidate, tokenRequests: requests.slice(0, -1) };
  }
}
