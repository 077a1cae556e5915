import assert from "node:assert/strict";
import { test } from "node:test";
import { DroppedConnectionError, isDroppedConnection } from "./faults";
import { createOvhEmulator } from "./handler";
import { body, type ErrorBody, firstCredential, fixedClock, harness, signedFetch, signedRequest } from "./test-helpers";

test("the rate limit answers 429 with Retry-After, then frees up as the window slides", async () => {
  const h = harness({ seed: 7, credentials: 10, knobs: { rateLimitPerMinute: 3 } });
  for (let i = 0; i < 3; i++) {
    assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 200);
    h.clock.advance(10_000);
  }
  const limited = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get("retry-after"), "30");
  const error = await body<ErrorBody>(limited);
  assert.equal(error.errorCode, "TOO_MANY_REQUESTS");
  assert.equal(error.message, "Too many requests");
  assert.equal(error.class, "Client::TooManyRequests");
  assert.equal(h.account.stats.rateLimited, 1);
  h.clock.advance(30_000);
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 200);
});

test("the rate limit counts per consumer key", async () => {
  const h = harness({ seed: 7, credentials: 40, knobs: { rateLimitPerMinute: 1 } });
  const other = firstCredential(h, (c) => c.status === "validated" && c.consumerKey !== h.keys.consumerKey);
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 200);
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 429);
  const app = h.account.applications.get(other.applicationId);
  assert.ok(app);
  const response = await signedFetch(h, {
    path: "/auth/currentCredential",
    keys: { ...app, consumerKey: other.consumerKey },
  });
  assert.notEqual(response.status, 429);
});

test("the error rate injects 500/502/503 at the configured fraction, deterministically", async () => {
  const run = async () => {
    const h = harness({ seed: 7, credentials: 5, knobs: { errorRate: 0.3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await signedFetch(h, { path: "/auth/time", keys: h.keys })).status);
    return { statuses, injected: h.account.stats.injectedErrors };
  };
  const first = await run();
  const second = await run();
  const failures = first.statuses.filter((s) => s !== 200);
  assert.deepEqual(first.statuses, second.statuses);
  assert.ok(failures.length > 30 && failures.length < 95, `${failures.length} failures`);
  assert.ok(failures.every((s) => s === 500 || s === 502 || s === 503));
  assert.equal(first.injected, failures.length);
});

test("dropped connections throw a TypeError like fetch, once the latency is over", async () => {
  const slept: number[] = [];
  const h = harness(
    { seed: 7, credentials: 5, knobs: { dropConnections: 1, latencyMs: 80 } },
    {
      sleep: async (ms) => {
        slept.push(ms);
      },
    },
  );
  await assert.rejects(signedFetch(h, { path: "/me", keys: h.keys }), (error: unknown) => error instanceof TypeError);
  assert.deepEqual(slept, [80], "a lost connection is noticed no sooner than an answer would arrive");
  assert.equal(h.account.stats.droppedConnections, 1);
  assert.equal(h.account.stats.inFlight, 0);
});

test("failDeletes fails the next N deletes of the listed ids, then lets them through", async () => {
  const h = harness();
  const target = firstCredential(h, (c) => c.status === "expired");
  h.emulator.store.patchKnobs(h.account, { failDeletes: { ids: [target.credentialId], times: 2, status: 503 } });
  const del = () =>
    signedFetch(h, { method: "DELETE", path: `/me/api/credential/${target.credentialId}`, keys: h.keys });
  assert.equal((await del()).status, 503);
  assert.equal((await del()).status, 503);
  assert.equal(h.account.credentials.has(target.credentialId), true);
  assert.equal((await del()).status, 200);
  assert.equal(h.account.credentials.has(target.credentialId), false);
});

test("failDeletes with afterCommit deletes first, then answers the failure (a lost answer)", async () => {
  const h = harness();
  const target = firstCredential(h, (c) => c.status === "expired");
  h.emulator.store.patchKnobs(h.account, {
    failDeletes: { ids: [target.credentialId], times: 1, status: 503, afterCommit: true },
  });
  const del = () =>
    signedFetch(h, { method: "DELETE", path: `/me/api/credential/${target.credentialId}`, keys: h.keys });
  assert.equal((await del()).status, 503);
  assert.equal(h.account.credentials.has(target.credentialId), false);
  assert.equal((await del()).status, 404);
});

test("failReads fails every read of the listed ids, alone or batched, until cleared", async () => {
  const h = harness();
  const [first, second] = [...h.account.credentials.keys()];
  h.emulator.store.patchKnobs(h.account, { failReads: { ids: [first as number], status: 503 } });
  const one = (id: number | undefined) => signedFetch(h, { path: `/me/api/credential/${id}`, keys: h.keys });
  const batch = () =>
    signedFetch(h, { path: `/me/api/credential/${second},${first}`, keys: h.keys, headers: { "X-Ovh-Batch": "," } });
  assert.equal((await one(first)).status, 503);
  assert.equal((await batch()).status, 503);
  assert.equal((await one(second)).status, 200);
  h.emulator.store.patchKnobs(h.account, { failReads: null });
  assert.equal((await one(first)).status, 200);
  assert.equal((await batch()).status, 200);
});

test("failRoutes fails every call of the listed routes, by template, until cleared", async () => {
  const h = harness();
  const [first] = [...h.account.credentials.keys()];
  h.emulator.store.patchKnobs(h.account, {
    failRoutes: { routes: ["GET /me", "GET /me/api/credential/{credentialId}"], status: 502 },
  });
  const me = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal(me.status, 502);
  assert.equal(((await me.json()) as { message: string }).message, "Bad gateway");
  assert.ok(me.headers.get("x-ovh-queryid"), "a failed call still carries its query id");
  assert.equal((await signedFetch(h, { path: `/me/api/credential/${first}`, keys: h.keys })).status, 502);
  // Other routes, and other methods of a listed path, answer as usual.
  assert.equal((await signedFetch(h, { path: "/me/api/credential", keys: h.keys })).status, 200);
  assert.equal((await signedFetch(h, { path: "/auth/currentCredential", keys: h.keys })).status, 200);
  h.emulator.store.patchKnobs(h.account, { failRoutes: null });
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys })).status, 200);
});

/** An emulator whose latency waits are recorded and held until release(). */
function gatedEmulator() {
  const clock = fixedClock();
  const slept: number[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const emulator = createOvhEmulator({
    now: clock.now,
    sleep: async (ms) => {
      slept.push(ms);
      await gate;
    },
  });
  return { clock, slept, emulator, release: () => release() };
}

test("latency sleeps before answering and in-flight peaks are counted", async () => {
  const { clock, slept, emulator, release } = gatedEmulator();
  const account = emulator.store.addAccount({ seed: 3, credentials: 5, knobs: { latencyMs: 150 } });
  const h = { emulator, clock };
  const calls = [1, 2, 3].map(() => signedFetch(h, { path: "/me", keys: account.keys }));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(account.stats.inFlight, 3);
  release();
  const responses = await Promise.all(calls);
  assert.deepEqual(slept, [150, 150, 150]);
  assert.ok(responses.every((r) => r.status === 200));
  assert.equal(account.stats.peakInFlight, 3);
  assert.equal(account.stats.inFlight, 0);
});

test("latency runs from arrival to answer, with the request's work done inside it", async () => {
  // OVH answers concurrent requests in parallel: the work must not queue behind the wait, so it
  // is done when the request arrives and only the answer waits out the rest of the latency.
  const { clock, slept, emulator, release } = gatedEmulator();
  const account = emulator.store.addAccount({ seed: 4, credentials: 5, knobs: { latencyMs: 150 } });
  const [id] = [...account.credentials.keys()];
  const h = { emulator, clock };
  const deleted = signedFetch(h, { method: "DELETE", path: `/me/api/credential/${id}`, keys: account.keys });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(account.credentials.has(id as number), false, "done on arrival");
  assert.deepEqual(slept, [150], "the answer waits out the latency");
  release();
  assert.equal((await deleted).status, 200);
  // Time the work took on the emulator's clock is taken off the wait, not added to it.
  const timed = createOvhEmulator({
    now: clock.now,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  const other = timed.store.addAccount({ seed: 5, credentials: 5, knobs: { latencyMs: 150 } });
  const slow = timed.fetch(signedRequest({ clock }, { path: "/me", keys: other.keys }), { clientIp: "127.0.0.1" });
  clock.advance(40); // the work "took" 40 ms: the request's arrival was already stamped synchronously

  await slow;
  assert.equal(slept.at(-1), 110);
});

test("counters track totals, route templates and statuses", async () => {
  const h = harness();
  const [id] = [...h.account.credentials.keys()];
  await signedFetch(h, { path: "/me/api/credential", keys: h.keys });
  await signedFetch(h, { path: `/me/api/credential/${id}`, keys: h.keys });
  await signedFetch(h, { path: "/me/api/credential/12", keys: h.keys });
  await signedFetch(h, { path: `/me/api/credential/${id},12`, keys: h.keys, headers: { "X-Ovh-Batch": "," } });
  const { stats } = h.account;
  assert.equal(stats.requests, 4);
  assert.equal(stats.byRoute["GET /me/api/credential"], 1);
  assert.equal(stats.byRoute["GET /me/api/credential/{credentialId}"], 2);
  assert.equal(stats.byRoute["GET /me/api/credential/{credentialId} [batch]"], 1);
  assert.deepEqual(stats.byStatus, { "200": 3, "404": 1 });
  h.emulator.store.resetStats(h.account);
  assert.equal(h.account.stats.requests, 0);
});

test("a dropped connection is recognised when thrown by another bundle's copy of the emulator", () => {
  const fromAnotherCopy = Object.assign(new TypeError("fetch failed"), {
    [Symbol.for("ovh-keys.ovh-emulator.dropped-connection")]: true,
  });
  assert.equal(isDroppedConnection(fromAnotherCopy), true);
  assert.equal(isDroppedConnection(new DroppedConnectionError()), true);
  assert.equal(isDroppedConnection(new TypeError("fetch failed")), false);
});
