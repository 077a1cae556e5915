import assert from "node:assert/strict";
import { test } from "node:test";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { json, testClient } from "@/lib/ovh/test-fetch";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import { type Knobs, refreshStatus } from "@/lib/ovh-emulator/model";
import { emulatedClient, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { type JobSnapshot, tallyJob } from "./job";
import { createJobPacer } from "./pacing";
import { retryFailedItems, runJob } from "./run-job";

// The job runner against the emulator on a virtual clock: minutes of pacing cost nothing, and the
// emulator's own counters (not the job's) say how many requests and 429s OVH saw.

type SetUp = {
  seed: string;
  credentials: number;
  knobs?: Partial<Knobs>;
  expiredRatio?: number;
  applications?: number;
};

function setUp({ seed, credentials, knobs = {}, expiredRatio = 0.3, applications }: SetUp) {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed, credentials, expiredRatio, knobs, applications });
  const ovh = emulatedClient(emulator, account.keys, clock, { inSync: true });
  const own = [...account.credentials.values()].find((c) => c.consumerKey === account.keys.consumerKey);
  assert.ok(own);
  const dead = () =>
    [...account.credentials.values()]
      .filter((c) => ["expired", "refused"].includes(refreshStatus(c, clock.now()).status))
      .map((c) => c.credentialId);
  return { clock, emulator, account, ovh, ownId: own.credentialId, dead };
}

function assertAccounted(job: JobSnapshot) {
  const tally = tallyJob(job);
  assert.equal(tally.pending, 0, "nothing is left pending");
  assert.equal(tally.revoked + tally.alreadyGone + tally.failed + tally.notAttempted, tally.selected);
  assert.equal(new Set(job.items.map((item) => item.id)).size, job.items.length, "each id once");
  return tally;
}

test("at 60 requests a minute, 100 dead credentials go in one run with at most one 429, within 10% of (2 + E)/rate", async () => {
  const { clock, account, ovh, ownId, dead } = setUp({
    seed: "jobs-rate",
    credentials: 300,
    knobs: { rateLimitPerMinute: 60, latencyMs: 30 },
  });
  const E = dead().length;
  assert.equal(E, 100);
  const started = clock.now();
  const job = await runJob(
    ovh,
    { kind: "remove-expired" },
    { currentCredentialId: ownId, now: clock.now, sleep: clock.sleep },
  );
  const wall = clock.now() - started;

  const tally = assertAccounted(job);
  assert.equal(job.status, "done");
  assert.equal(tally.revoked, E);
  assert.deepEqual(dead(), []);
  assert.ok(account.stats.rateLimited <= 1, `${account.stats.rateLimited} answers of 429`);
  assert.equal(account.stats.requests, 2 + E + account.stats.rateLimited);
  assert.equal(job.rateLimitPerMinute, 60, "the rate learnt from the one 429");
  const floor = ((2 + E) / 60) * 60_000;
  assert.ok(Math.abs(wall - floor) <= 0.1 * floor, `wall ${wall} ms against (2 + E)/rate = ${floor} ms`);
  console.log(
    `  60/min, E = ${E}: ${account.stats.rateLimited} × 429, ${account.stats.requests} requests, wall ${wall} ms (target ${floor} ms ± 10%)`,
  );
});

for (const credentials of [100, 1_000]) {
  test(`without a limit (N = ${credentials}): exactly 2 + E requests, within 1.2 × L × (1 + ⌈E/C⌉)`, async () => {
    const L = 30;
    const { clock, account, ovh, ownId, dead } = setUp({ seed: "jobs-open", credentials, knobs: { latencyMs: L } });
    const E = dead().length;
    const started = clock.now();
    const job = await runJob(
      ovh,
      { kind: "remove-expired" },
      { currentCredentialId: ownId, now: clock.now, sleep: clock.sleep },
    );
    const wall = clock.now() - started;
    assert.equal(assertAccounted(job).revoked, E);
    assert.equal(account.stats.requests, 2 + E);
    assert.equal(account.stats.byRoute["GET /me/api/credential"], 2);
    assert.ok(account.stats.peakInFlight <= OVH_CONCURRENCY);
    const target = 1.2 * L * (1 + Math.ceil(E / OVH_CONCURRENCY));
    assert.ok(wall <= target, `wall ${wall} ms against ${target} ms`);
    console.log(`  unlimited, E = ${E}: ${account.stats.requests} requests, wall ${wall} ms (target ≤ ${target} ms)`);
  });
}

for (const seed of ["faults-1", "faults-2", "faults-3"]) {
  test(`under 10% 5xx, 3% dropped connections and a rate limit (${seed}), every item is accounted for`, async () => {
    // A limit below fair use, so 429s are met at full speed too (each item refused for rate is requeued).
    const knobs = { errorRate: 0.1, dropConnections: 0.03, rateLimitPerMinute: 40, latencyMs: 200 };
    const { clock, account, ovh, ownId } = setUp({ seed, credentials: 250, knobs });
    const job = await runJob(
      ovh,
      { kind: "remove-expired" },
      { currentCredentialId: ownId, now: clock.now, sleep: clock.sleep },
    );
    assert.equal(job.status, "done");
    const tally = assertAccounted(job);
    assert.equal(tally.notAttempted, 0);
    assert.ok(tally.selected >= 60);
    for (const item of job.items) {
      if (item.outcome === "failed") {
        assert.ok(item.message && item.message.length > 0, "a failure carries OVH's message");
        assert.doesNotMatch(item.message, /limiting the request rate/, "never failed for a 429 while the job runs");
        assert.equal(account.credentials.has(item.id), true, "a failed credential is still there");
      } else {
        assert.equal(account.credentials.has(item.id), false, `#${item.id} counted ${item.outcome} but still exists`);
      }
    }
    assert.ok(account.stats.injectedErrors > 0 && account.stats.droppedConnections > 0, "faults were injected");
    assert.ok(account.stats.rateLimited > 0, "the rate limit answered 429");
    const withQueryId = job.items.filter((item) => item.outcome === "failed" && item.queryId);
    const failed = job.items.filter((item) => item.outcome === "failed");
    if (failed.length > 0) assert.ok(withQueryId.length > 0, "failures OVH answered carry its query id");
  });
}

test("a failure OVH answered carries its message and query id", async () => {
  const { ovh, account, ownId, dead } = setUp({ seed: "jobs-fail", credentials: 40 });
  const [doomed] = dead();
  assert.ok(doomed);
  account.knobs.failDeletes = { ids: [doomed], times: 10, status: 500 };
  account.failDeletesLeft.set(doomed, 10);
  const job = await runJob(ovh, { kind: "remove-expired" }, { currentCredentialId: ownId });
  const item = job.items.find((i) => i.id === doomed);
  assert.equal(item?.outcome, "failed");
  assert.match(item?.message ?? "", /HTTP 500/);
  assert.match(item?.queryId ?? "", /\S/);
});

test("Stop mid-run: in-flight requests settle, the rest are not attempted; Retry failed re-runs only the failures", async () => {
  const { clock, account, ovh, ownId, dead } = setUp({
    seed: "jobs-stop",
    credentials: 120,
    knobs: { latencyMs: 30 },
  });
  const E = dead().length;
  const [doomed] = dead();
  assert.ok(doomed);
  account.knobs.failDeletes = { ids: [doomed], times: 1, status: 400 };
  account.failDeletesLeft.set(doomed, 1);
  const controller = new AbortController();
  let snapshots = 0;
  const job = await runJob(
    ovh,
    { kind: "remove-expired" },
    {
      currentCredentialId: ownId,
      concurrency: 4,
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep,
      onChange: (snapshot) => {
        snapshots++;
        if (tallyJob(snapshot).settled >= 10) controller.abort();
      },
    },
  );
  assert.equal(job.status, "stopped");
  const tally = assertAccounted(job);
  assert.equal(tally.selected, E);
  // The ten that triggered the stop, plus those already in flight (at most concurrency − 1 more).
  assert.ok(tally.revoked + tally.failed >= 10 && tally.revoked + tally.failed <= 13, JSON.stringify(tally));
  assert.ok(tally.notAttempted > 0);
  assert.equal(
    account.stats.requests,
    2 + tally.revoked + tally.failed,
    "no request after the stop but the in-flight ones",
  );
  for (const item of job.items) {
    assert.equal(account.credentials.has(item.id), item.outcome !== "revoked");
  }
  assert.ok(snapshots > 10);

  // A later run of a stopped job's failures only; a not-attempted item stays as reported.
  const failedBefore = job.items.filter((item) => item.outcome === "failed").map((item) => item.id);
  const requestsBefore = account.stats.requests;
  const retried = await retryFailedItems(ovh, job, { currentCredentialId: ownId, now: clock.now, sleep: clock.sleep });
  assert.equal(retried.rounds, 2);
  assert.equal(retried.id, job.id);
  assert.equal(account.stats.requests - requestsBefore, failedBefore.length);
  assert.deepEqual(
    retried.items.filter((item) => item.round === 2).map((item) => item.id),
    failedBefore,
  );
  for (const [index, item] of retried.items.entries()) {
    if (!failedBefore.includes(item.id)) assert.deepEqual(item, job.items[index], "the other results are kept");
    else assert.equal(item.outcome, "revoked");
  }
  assertAccounted(retried);
});

test("revoke-selected acts only on the inventory's ids and never on the session's own credential", async () => {
  const { ovh, account, ownId } = setUp({ seed: "jobs-selected", credentials: 30 });
  const ids = [...account.credentials.keys()].filter((id) => id !== ownId);
  const inventory = { credentialIds: [...ids.slice(0, 10), ownId] };
  const outside = 999_999_999;
  const selected = [...ids.slice(0, 5), ownId, outside, ids[20] as number, ids[0] as number];
  const job = await runJob(ovh, { kind: "revoke-selected", ids: selected }, { currentCredentialId: ownId, inventory });
  assert.deepEqual(
    job.items.map((item) => item.id),
    ids.slice(0, 5),
  );
  assert.deepEqual(job.excluded, [
    { id: ownId, reason: "own-credential" },
    { id: outside, reason: "outside-inventory" },
    { id: ids[20], reason: "outside-inventory" },
  ]);
  assert.equal(account.stats.requests, 5, "the excluded ids never reached OVH");
  assert.ok(account.credentials.has(ownId));
  assert.ok(account.credentials.has(ids[20] as number));
  await assert.rejects(
    runJob(ovh, { kind: "revoke-selected", ids: [1] }, { currentCredentialId: ownId }),
    /needs the session's inventory/,
  );
});

test("the session's own credential is never revoked, even when OVH lists it; both lists are uncached", async () => {
  const { ovh, requests } = testClient((req) => {
    if (req.method !== "GET") return json(null);
    return json(req.url.includes("status=expired") ? [5, 6, 7] : [8]);
  });
  const job = await runJob(ovh, { kind: "remove-expired" }, { currentCredentialId: 6 });
  assert.deepEqual(
    job.items.map((item) => [item.id, item.outcome]),
    [
      [5, "revoked"],
      [7, "revoked"],
      [8, "revoked"],
    ],
  );
  assert.deepEqual(job.excluded, [{ id: 6, reason: "own-credential" }]);
  assert.deepEqual(requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ""}`).sort(), [
    "DELETE /me/api/credential/5",
    "DELETE /me/api/credential/7",
    "DELETE /me/api/credential/8",
    "GET /me/api/credential?status=expired",
    "GET /me/api/credential?status=refused",
  ]);
  for (const r of requests.filter((r) => r.method === "GET")) assert.equal(r.headers.pragma, "no-cache");
});

test("an application's credentials: listed by OVH, the session's own left out", async () => {
  const { ovh, account, ownId } = setUp({ seed: "jobs-app", credentials: 60 });
  const own = account.credentials.get(ownId);
  assert.ok(own);
  const ofApp = [...account.credentials.values()].filter((c) => c.applicationId === own.applicationId);
  const job = await runJob(
    ovh,
    { kind: "revoke-application-credentials", applicationId: own.applicationId },
    { currentCredentialId: ownId },
  );
  assert.equal(job.applicationId, own.applicationId);
  assert.equal(job.items.length, ofApp.length - 1);
  assert.deepEqual(job.excluded, [{ id: ownId, reason: "own-credential" }]);
  assert.equal(account.stats.requests, ofApp.length);
  assert.deepEqual(
    [...account.credentials.values()].filter((c) => c.applicationId === own.applicationId).map((c) => c.credentialId),
    [ownId],
  );
});

test("keyless applications: only the inventory's keyless ones, each re-checked before its DELETE", async () => {
  const { ovh, account, ownId } = setUp({ seed: "jobs-keyless", credentials: 20, applications: 40 });
  const own = account.credentials.get(ownId);
  assert.ok(own);
  const emptyApp = [...account.applications.values()].find(
    (a) =>
      a.owned &&
      a.applicationId !== own.applicationId &&
      [...account.credentials.values()].every((c) => c.applicationId !== a.applicationId),
  );
  const busyApp = [...account.applications.values()].find(
    (a) =>
      a.owned &&
      a.applicationId !== own.applicationId &&
      [...account.credentials.values()].some((c) => c.applicationId === a.applicationId),
  );
  assert.ok(emptyApp && busyApp, "the seed has a keyless and a used application");
  // The audit thought both keyless; a credential appeared on busyApp since.
  const inventory = { credentialIds: [], keylessApplicationIds: [emptyApp.applicationId, busyApp.applicationId] };
  const job = await runJob(
    ovh,
    { kind: "delete-keyless-applications", ids: [emptyApp.applicationId, busyApp.applicationId, own.applicationId] },
    { currentCredentialId: ownId, inventory },
  );
  assert.deepEqual(job.excluded, [{ id: own.applicationId, reason: "not-keyless" }]);
  const byId = new Map(job.items.map((item) => [item.id, item]));
  assert.equal(byId.get(emptyApp.applicationId)?.outcome, "revoked");
  assert.equal(byId.get(busyApp.applicationId)?.outcome, "failed");
  assert.match(byId.get(busyApp.applicationId)?.message ?? "", /so it was left alone/);
  assert.equal(account.applications.has(emptyApp.applicationId), false);
  assert.equal(account.applications.has(busyApp.applicationId), true);
  assert.equal(account.applications.has(own.applicationId), true);
});

test("a shared pacer carries the learnt rate into Retry failed", async () => {
  const { clock, ovh, account, ownId, dead } = setUp({
    seed: "jobs-retry-rate",
    credentials: 300,
    knobs: { rateLimitPerMinute: 60, latencyMs: 30 },
  });
  const [doomed] = dead();
  assert.ok(doomed);
  account.knobs.failDeletes = { ids: [doomed], times: 1, status: 400 };
  account.failDeletesLeft.set(doomed, 1);
  const pacer = createJobPacer({ concurrency: OVH_CONCURRENCY, now: clock.now, sleep: clock.sleep });
  const options = { currentCredentialId: ownId, pacer, now: clock.now, sleep: clock.sleep };
  const job = await runJob(ovh, { kind: "remove-expired" }, options);
  assert.equal(tallyJob(job).failed, 1);
  const retried = await retryFailedItems(ovh, job, options);
  assert.equal(tallyJob(retried).failed, 0);
  assert.ok(account.stats.rateLimited <= 1, "the retry kept to the learnt rate");
  assert.equal(retried.rateLimitPerMinute, 60);
});
