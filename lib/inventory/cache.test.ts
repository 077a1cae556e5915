import assert from "node:assert/strict";
import { test } from "node:test";
import { CACHE_STALE_MS, CACHE_TTL_MS, cachedRead, credentialCacheKey, forgetCredential } from "./cache";

let keys = 0;
const freshKey = () => credentialCacheKey({ endpoint: "ovh-eu", applicationKey: "ak", consumerKey: `ck${keys++}` });

function counter() {
  let loads = 0;
  const release: (() => void)[] = [];
  const load = () => {
    const n = ++loads;
    return new Promise<number>((resolve) => release.push(() => resolve(n)));
  };
  const releaseAll = () => {
    for (const resolve of release.splice(0)) resolve();
  };
  return { load, loads: () => loads, releaseAll };
}

test("the key is a digest: no key material in the cache's index", () => {
  const key = credentialCacheKey({ endpoint: "ovh-eu", applicationKey: "AK123", consumerKey: "CK456" });
  assert.ok(!key.includes("AK123") && !key.includes("CK456"));
  assert.notEqual(key, credentialCacheKey({ endpoint: "ovh-eu", applicationKey: "AK123", consumerKey: "CK457" }));
});

test("concurrent reads of one credential share one load, and the result for two seconds", async () => {
  const key = freshKey();
  const c = counter();
  let now = 1_000;
  const reads = Array.from({ length: 50 }, () => cachedRead(key, "audit", c.load, { now: () => now }));
  c.releaseAll();
  const results = await Promise.all(reads);
  assert.equal(c.loads(), 1);
  assert.ok(results.every((r) => r.value === 1));
  assert.equal(
    results[0]?.derive("json", (v) => `#${v}`),
    "#1",
  );
  assert.equal(
    results[1]?.derive("json", () => "computed twice"),
    "#1",
    "derived once per entry",
  );
  now += CACHE_TTL_MS - 1;
  assert.equal((await cachedRead(key, "audit", c.load, { now: () => now })).value, 1);
  assert.equal(c.loads(), 1);
});

test("past two seconds the entry is served while one reload runs behind it; past ten, readers wait", async () => {
  const key = freshKey();
  const c = counter();
  let now = 1_000;
  const first = cachedRead(key, "audit", c.load, { now: () => now });
  c.releaseAll();
  await first;
  now += CACHE_TTL_MS;
  const stale = await Promise.all([1, 2, 3].map(() => cachedRead(key, "audit", c.load, { now: () => now })));
  assert.deepEqual(
    stale.map((r) => r.value),
    [1, 1, 1],
    "served at once",
  );
  assert.equal(c.loads(), 2, "one background reload");
  c.releaseAll();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal((await cachedRead(key, "audit", c.load, { now: () => now })).value, 2);
  now += CACHE_STALE_MS;
  const waiting = cachedRead(key, "audit", c.load, { now: () => now });
  c.releaseAll();
  assert.equal((await waiting).value, 3);
});

test("kinds are separate; fresh reads bypass the cache", async () => {
  const key = freshKey();
  const c = counter();
  const audit = cachedRead(key, "audit", c.load);
  const context = cachedRead(key, "context", c.load);
  c.releaseAll();
  assert.deepEqual([(await audit).value, (await context).value], [1, 2]);
  const fresh = cachedRead(key, "audit", c.load, { fresh: true });
  c.releaseAll();
  assert.equal((await fresh).value, 3);
});

test("a mutation during a load keeps that load's result out of the cache, and out of later joiners", async () => {
  const key = freshKey();
  const c = counter();
  const before = cachedRead(key, "audit", c.load);
  forgetCredential(key);
  const after = cachedRead(key, "audit", c.load);
  c.releaseAll();
  assert.equal((await before).value, 1);
  assert.equal((await after).value, 2, "a read after the mutation does not join the stale load");
  assert.equal((await cachedRead(key, "audit", c.load)).value, 2);
  assert.equal(c.loads(), 2);
});

test("a mutation drops every kind of entry of that credential only", async () => {
  const key = freshKey();
  const other = freshKey();
  await cachedRead(key, "audit", async () => "a");
  await cachedRead(key, "context", async () => "c");
  await cachedRead(other, "audit", async () => "o");
  forgetCredential(key);
  assert.equal((await cachedRead(key, "audit", async () => "a2")).value, "a2");
  assert.equal((await cachedRead(key, "context", async () => "c2")).value, "c2");
  assert.equal((await cachedRead(other, "audit", async () => "o2")).value, "o");
});

test("a failed load is not cached", async () => {
  const key = freshKey();
  await assert.rejects(cachedRead(key, "audit", () => Promise.reject(new Error("503"))));
  assert.equal((await cachedRead(key, "audit", async () => 9)).value, 9);
});

test("20 concurrent fresh reads share one load: a load started after the last mutation is fresh enough", async () => {
  const key = freshKey();
  const c = counter();
  const reads = Array.from({ length: 20 }, () => cachedRead(key, "audit", c.load, { fresh: true }));
  c.releaseAll();
  const results = await Promise.all(reads);
  assert.equal(c.loads(), 1);
  assert.ok(results.every((r) => r.value === 1));
  // A plain read joins a fresh load; a fresh read never joins a plain one (OVH's list cache may answer it).
  const fresh = cachedRead(key, "audit", c.load, { fresh: true });
  const plain = cachedRead(key, "audit", c.load, { now: () => Date.now() + CACHE_STALE_MS });
  c.releaseAll();
  assert.deepEqual([(await fresh).value, (await plain).value], [2, 2]);
  const plainFirst = cachedRead(key, "audit", c.load, { now: () => Date.now() + CACHE_STALE_MS });
  const freshAfter = cachedRead(key, "audit", c.load, { fresh: true });
  c.releaseAll();
  assert.deepEqual([(await plainFirst).value, (await freshAfter).value], [3, 4]);
  assert.equal(c.loads(), 4);
});

test("a fresh read after a mutation never joins a load started before it", async () => {
  const key = freshKey();
  const c = counter();
  const before = cachedRead(key, "audit", c.load, { fresh: true });
  forgetCredential(key);
  const after = Array.from({ length: 5 }, () => cachedRead(key, "audit", c.load, { fresh: true }));
  c.releaseAll();
  assert.equal((await before).value, 1);
  assert.deepEqual(
    (await Promise.all(after)).map((r) => r.value),
    [2, 2, 2, 2, 2],
  );
  assert.equal(c.loads(), 2);
});

test("a fresh read never takes a settled entry, however young", async () => {
  const key = freshKey();
  const c = counter();
  const first = cachedRead(key, "audit", c.load);
  c.releaseAll();
  await first;
  const fresh = cachedRead(key, "audit", c.load, { fresh: true });
  c.releaseAll();
  assert.equal((await fresh).value, 2);
});
