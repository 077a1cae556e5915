import assert from "node:assert/strict";
import { test } from "node:test";
import { AUDIT_TTL_MS, auditCacheKey, cachedAudit, forgetAudit } from "./audit-cache";
import type { AuditSnapshot } from "./inventory";

let keys = 0;
const freshKey = () => auditCacheKey({ endpoint: "ovh-eu", applicationKey: "ak", consumerKey: `ck${keys++}` });
const snapshot = (n: number): AuditSnapshot => ({ now: n, currentCredentialId: 1, credentials: [], applications: [] });

function counter() {
  let loads = 0;
  const release: (() => void)[] = [];
  const load = () => {
    const n = ++loads;
    return new Promise<AuditSnapshot>((resolve) => release.push(() => resolve(snapshot(n))));
  };
  const releaseAll = () => {
    for (const resolve of release.splice(0)) resolve();
  };
  return { load, loads: () => loads, releaseAll };
}

test("the key is a digest: no key material in the cache's index", () => {
  const key = auditCacheKey({ endpoint: "ovh-eu", applicationKey: "AK123", consumerKey: "CK456" });
  assert.ok(!key.includes("AK123") && !key.includes("CK456"));
  assert.notEqual(key, auditCacheKey({ endpoint: "ovh-eu", applicationKey: "AK123", consumerKey: "CK457" }));
});

test("concurrent reads of one credential share one load, and the result for two seconds", async () => {
  const key = freshKey();
  const c = counter();
  let now = 1_000;
  const reads = Array.from({ length: 50 }, () => cachedAudit(key, c.load, { now: () => now }));
  c.releaseAll();
  const results = await Promise.all(reads);
  assert.equal(c.loads(), 1);
  assert.ok(results.every((r) => r.snapshot.now === 1));
  assert.equal(results[0]?.json(), JSON.stringify(snapshot(1)));
  now += AUDIT_TTL_MS - 1;
  assert.equal((await cachedAudit(key, c.load, { now: () => now })).snapshot.now, 1);
  now += 1;
  const later = cachedAudit(key, c.load, { now: () => now });
  c.releaseAll();
  assert.equal((await later).snapshot.now, 2);
});

test("fresh reads bypass the cache", async () => {
  const key = freshKey();
  const c = counter();
  const first = cachedAudit(key, c.load);
  c.releaseAll();
  await first;
  const fresh = cachedAudit(key, c.load, { fresh: true });
  c.releaseAll();
  assert.equal((await fresh).snapshot.now, 2);
});

test("a mutation during a load keeps that load's result out of the cache, and out of later joiners", async () => {
  const key = freshKey();
  const c = counter();
  const before = cachedAudit(key, c.load);
  forgetAudit(key);
  const after = cachedAudit(key, c.load);
  c.releaseAll();
  assert.equal((await before).snapshot.now, 1);
  assert.equal((await after).snapshot.now, 2, "a read after the mutation does not join the stale load");
  const next = await cachedAudit(key, c.load);
  assert.equal(next.snapshot.now, 2);
  assert.equal(c.loads(), 2);
});

test("a failed load is not cached", async () => {
  const key = freshKey();
  await assert.rejects(cachedAudit(key, () => Promise.reject(new Error("503"))));
  assert.equal((await cachedAudit(key, async () => snapshot(9))).snapshot.now, 9);
});
