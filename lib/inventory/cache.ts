import "server-only";
import { createHash } from "node:crypto";

// Reads made with one credential, shared for two seconds and loaded once at a time. A refresh storm
// (many tabs, a page and its route handler, 50 concurrent clients) then costs OVH one read, not one
// each: OVH's fair use is about 60 calls a minute per consumer key, and an audit of 1,000 credentials
// takes ~25. Past two seconds an entry is still served (for up to ten) while one reload runs behind it,
// so readers never queue behind OVH. Any mutation made with the credential drops all its entries, and
// `fresh` skips them. A fresh read still joins a fresh load in flight of the same generation: that
// load started after the last mutation made with this credential and past OVH's list cache, so it is
// fresh enough, and 20 parallel `?fresh=1` reads of a 10,000-credential account cost one load, not 20
// (issue 11, item 4). A plain read joins either kind; a fresh one never a plain load, which may have
// been answered from OVH's list cache.

export const CACHE_TTL_MS = 2_000;
export const CACHE_STALE_MS = 10_000;
const MAX_ENTRIES = 64;

type Entry = { generation: number; at: number; value: unknown; derived: Map<string, unknown> };
type State = {
  entries: Map<string, Entry>;
  inflight: Map<string, { generation: number; fresh: boolean; promise: Promise<Entry> }>;
  generations: Map<string, number>;
};

// Next bundles each route separately; globalThis is the one place they all share in a process.
const KEY = Symbol.for("ovh-keys.credential-cache");
function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  holder[KEY] ??= { entries: new Map(), inflight: new Map(), generations: new Map() };
  return holder[KEY];
}

/** A digest of the credential, so the cache never holds a key in its own index. */
export function credentialCacheKey(session: { endpoint: string; applicationKey: string; consumerKey: string }): string {
  return createHash("sha256")
    .update(`${session.endpoint}\0${session.applicationKey}\0${session.consumerKey}`)
    .digest("base64url");
}

/** Called after any call that may change something at OVH with this credential. */
export function forgetCredential(credentialKey: string) {
  const { entries, inflight, generations } = state();
  generations.set(credentialKey, (generations.get(credentialKey) ?? 0) + 1);
  for (const map of [entries, inflight]) {
    for (const key of map.keys()) if (key.startsWith(`${credentialKey}|`)) map.delete(key);
  }
}

export type Cached<T> = {
  value: T;
  /** A value computed once per cached entry (a serialisation, a compressed body). */
  derive<D>(name: string, compute: (value: T) => D): D;
};

export async function cachedRead<T>(
  credentialKey: string,
  kind: string,
  load: () => Promise<T>,
  { fresh = false, now = Date.now }: { fresh?: boolean; now?: () => number } = {},
): Promise<Cached<T>> {
  const { entries, inflight, generations } = state();
  const key = `${credentialKey}|${kind}`;
  const generation = generations.get(credentialKey) ?? 0;
  const held = fresh ? undefined : entries.get(key);
  const age = held && held.generation === generation ? now() - held.at : Number.POSITIVE_INFINITY;
  const running = inflight.get(key);
  const joinable = running !== undefined && running.generation === generation && (running.fresh || !fresh);
  const reload = () => {
    const promise = load().then((value): Entry => ({ generation, at: now(), value, derived: new Map() }));
    inflight.set(key, { generation, fresh, promise });
    const settled = promise.then((loaded) => {
      // A mutation during the load made it stale: hand it to its callers, keep it for nobody else.
      if ((generations.get(credentialKey) ?? 0) === generation) store(entries, key, loaded, now());
      return loaded;
    });
    const cleanup = () => {
      if (inflight.get(key)?.promise === promise) inflight.delete(key);
    };
    settled.then(cleanup, cleanup);
    return settled;
  };
  let entry: Entry;
  if (held && age < CACHE_TTL_MS) {
    entry = held;
  } else if (held && age < CACHE_STALE_MS) {
    // Stale but recent: serve it, and refresh it once in the background (a failed refresh is retried by the next reader).
    if (!joinable) reload().catch(() => {});
    entry = held;
  } else {
    entry = await (joinable ? running.promise : reload());
  }
  return {
    value: entry.value as T,
    derive: <D>(name: string, compute: (value: T) => D): D => {
      if (!entry.derived.has(name)) entry.derived.set(name, compute(entry.value as T));
      return entry.derived.get(name) as D;
    },
  };
}

function store(entries: Map<string, Entry>, key: string, entry: Entry, at: number) {
  for (const [other, held] of entries) if (at - held.at >= CACHE_STALE_MS) entries.delete(other);
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}
