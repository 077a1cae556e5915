// OVH rejects timestamps too far from its own clock, so every wrapper signs with local time plus
// the delta to GET /auth/time, fetched once per API base URL and shared by all clients.

const sharedDeltas = new Map<string, number>();
const inFlight = new WeakMap<Map<string, number>, Map<string, Promise<number>>>();

export function defaultTimeCache(): Map<string, number> {
  return sharedDeltas;
}

/** Server minus local, in whole seconds; concurrent first calls share one /auth/time request. */
export function serverTimeDelta(
  cache: Map<string, number>,
  baseUrl: string,
  fetchServerTime: () => Promise<number>,
  now: () => number,
): Promise<number> {
  const known = cache.get(baseUrl);
  if (known !== undefined) return Promise.resolve(known);
  let pending = inFlight.get(cache);
  if (!pending) {
    pending = new Map();
    inFlight.set(cache, pending);
  }
  const existing = pending.get(baseUrl);
  if (existing) return existing;
  const requests = pending;
  const sync = fetchServerTime()
    .then((serverSeconds) => {
      const delta = serverSeconds - Math.floor(now() / 1000);
      cache.set(baseUrl, delta);
      return delta;
    })
    .finally(() => requests.delete(baseUrl));
  requests.set(baseUrl, sync);
  return sync;
}

export function forgetServerTimeDelta(cache: Map<string, number>, baseUrl: string): void {
  cache.delete(baseUrl);
}
