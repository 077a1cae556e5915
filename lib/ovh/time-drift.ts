// OVH rejects timestamps too far from its own clock, so every wrapper signs with local time plus
// the delta to GET /auth/time, fetched once per clock and shared by all clients of that clock.
//
// A clock is keyed by API base URL *and* application key (see clockKey). OVH runs one clock per
// endpoint, so the application part costs one unsigned /auth/time per application and process.
// It buys isolation wherever clocks differ per application, as in the emulator, which gives each
// account its own clock so one test can skew it while others run beside it. Keyed by endpoint only,
// sessions of two such accounts kept overwriting each other's delta in the shared server: each call
// signed with the other's clock was refused as "Query out of time", and a call whose one re-sync was
// overwritten again before its replay failed for good.

/** The cache key of the clock that checks a client's signatures. */
export function clockKey(baseUrl: string, appKey: string): string {
  return `${baseUrl} ${appKey}`;
}

// Application keys come from whoever submits the connect form, so the process-wide cache is bounded:
// past this many clocks the oldest is forgotten (and synced again if it is used again).
export const MAX_CACHED_CLOCKS = 1_000;

const sharedDeltas = new Map<string, number>();
const inFlight = new WeakMap<Map<string, number>, Map<string, Promise<number>>>();

export function defaultTimeCache(): Map<string, number> {
  return sharedDeltas;
}

/** Server minus local, in whole seconds; concurrent first calls share one /auth/time request. */
export function serverTimeDelta(
  cache: Map<string, number>,
  key: string,
  fetchServerTime: () => Promise<number>,
  now: () => number,
): Promise<number> {
  const known = cache.get(key);
  if (known !== undefined) return Promise.resolve(known);
  let pending = inFlight.get(cache);
  if (!pending) {
    pending = new Map();
    inFlight.set(cache, pending);
  }
  const existing = pending.get(key);
  if (existing) return existing;
  const requests = pending;
  const sync = fetchServerTime()
    .then((serverSeconds) => {
      const delta = serverSeconds - Math.floor(now() / 1000);
      cache.delete(key);
      cache.set(key, delta);
      // A Map iterates in insertion order: the first key is the oldest sync.
      if (cache.size > MAX_CACHED_CLOCKS) cache.delete(cache.keys().next().value as string);
      return delta;
    })
    .finally(() => requests.delete(key));
  requests.set(key, sync);
  return sync;
}

export function forgetServerTimeDelta(cache: Map<string, number>, key: string): void {
  cache.delete(key);
}
