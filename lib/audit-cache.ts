import "server-only";
import { createHash } from "node:crypto";
import type { AuditSnapshot } from "@/lib/inventory";

// One audit load per credential at a time, kept for two seconds. A refresh storm (many tabs, a page
// and its route handler, 50 concurrent clients) then costs OVH one inventory, not one each: OVH's fair
// use is about 60 calls a minute per consumer key and an inventory of 1,000 credentials takes ~25.
// Any mutation made with the credential drops its entry, and `fresh` bypasses it.

export const AUDIT_TTL_MS = 2_000;
const MAX_ENTRIES = 32;

type Entry = { generation: number; at: number; snapshot: AuditSnapshot; json?: string };
type State = {
  entries: Map<string, Entry>;
  inflight: Map<string, { generation: number; promise: Promise<Entry> }>;
  generations: Map<string, number>;
};

// Next bundles each route separately; globalThis is the one place they all share in a process.
const KEY = Symbol.for("ovh-keys.audit-cache");
function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  holder[KEY] ??= { entries: new Map(), inflight: new Map(), generations: new Map() };
  return holder[KEY];
}

/** A digest of the credential, so the cache never holds a key in its own index. */
export function auditCacheKey(session: { endpoint: string; applicationKey: string; consumerKey: string }): string {
  return createHash("sha256")
    .update(`${session.endpoint}\0${session.applicationKey}\0${session.consumerKey}`)
    .digest("base64url");
}

export function forgetAudit(key: string) {
  const { entries, inflight, generations } = state();
  generations.set(key, (generations.get(key) ?? 0) + 1);
  entries.delete(key);
  inflight.delete(key);
}

export type CachedAudit = { snapshot: AuditSnapshot; json(): string };

export async function cachedAudit(
  key: string,
  load: () => Promise<AuditSnapshot>,
  { fresh = false, now = Date.now }: { fresh?: boolean; now?: () => number } = {},
): Promise<CachedAudit> {
  const { entries, inflight, generations } = state();
  const generation = generations.get(key) ?? 0;
  const held = entries.get(key);
  let entry: Entry;
  if (!fresh && held && held.generation === generation && now() - held.at < AUDIT_TTL_MS) {
    entry = held;
  } else {
    const running = inflight.get(key);
    if (!fresh && running && running.generation === generation) {
      entry = await running.promise;
    } else {
      const promise = load().then((snapshot) => ({ generation, at: now(), snapshot }));
      inflight.set(key, { generation, promise });
      try {
        entry = await promise;
      } finally {
        if (inflight.get(key)?.promise === promise) inflight.delete(key);
      }
      // A mutation during the load made it stale: hand it to this caller, keep it for nobody else.
      if ((generations.get(key) ?? 0) === generation) store(entries, key, entry, now());
    }
  }
  return {
    snapshot: entry.snapshot,
    json: () => {
      entry.json ??= JSON.stringify(entry.snapshot);
      return entry.json;
    },
  };
}

function store(entries: Map<string, Entry>, key: string, entry: Entry, at: number) {
  for (const [other, held] of entries) if (at - held.at >= AUDIT_TTL_MS) entries.delete(other);
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}
