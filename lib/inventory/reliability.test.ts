import assert from "node:assert/strict";
import { test } from "node:test";
import { loadAuditSnapshot } from "@/lib/inventory/load";
import { createOvhClient } from "@/lib/ovh/client";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import type { Knobs } from "@/lib/ovh-emulator/model";
import { emulatedClient, ORIGIN, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { type JobItemResult, tallyJob } from "@/lib/revocation/job";
import { retryFailedItems, runJob } from "@/lib/revocation/run-job";

// The dashboard against an OVH API that misbehaves the way real networks do: 10% 5xx, a rate limit
// answering 429 with Retry-After, 2 s latency, dropped connections and a server clock 15 minutes off.
// Time is simulated, so the waits cost nothing and a run replays identically.

const hostile = (clockOffsetSec: number): Partial<Knobs> => ({
  errorRate: 0.1,
  rateLimitPerMinute: 120,
  latencyMs: 2_000,
  dropConnections: 0.03,
  clockOffsetSec,
});

function setUp(credentials: number, knobs: Partial<Knobs>) {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed: "faults", credentials, knobs });
  const ovh = emulatedClient(emulator, account.keys, clock);
  const own = [...account.credentials.values()].find((c) => c.consumerKey === account.keys.consumerKey);
  assert.ok(own);
  return { emulator, account, ovh, clock, ownId: own.credentialId };
}

for (const offset of [900, -900]) {
  test(`listing 1,000 credentials under faults (clock ${offset > 0 ? "+" : ""}${offset / 60} min) accounts for every one`, async () => {
    const { account, ovh, ownId } = setUp(1_000, hostile(offset));
    const snapshot = await loadAuditSnapshot(ovh, { currentCredentialId: ownId });
    const listed = new Set(account.credentials.keys());
    const loaded = snapshot.credentials.map((c) => c.credentialId);
    const missing = snapshot.gaps?.credentialIds ?? [];
    // Complete, or partial with every gap named: nothing silently dropped, nothing invented.
    assert.equal(loaded.length + missing.length, listed.size);
    for (const id of [...loaded, ...missing]) assert.ok(listed.has(id));
    if (snapshot.gaps) assert.ok(snapshot.gaps.message.length > 0);
    assert.ok(account.stats.injectedErrors > 0, "errors were injected");
    assert.ok(account.stats.droppedConnections > 0, "connections were dropped");
  });
}

test("a chunk of details that keeps failing leaves a named gap and the rest of the list", async () => {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed: "faults", credentials: 1_000, knobs: hostile(900) });
  const ids = [...account.credentials.keys()].sort((a, b) => a - b);
  const doomed = ids[500] as number;
  // Every batch read holding `doomed`, and its one-by-one reads, answer 503 however often they are retried.
  const fetchWithOutage: typeof fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    if (/\/me\/api\/credential\/[\d,]+$/.test(path) && path.split("/").pop()?.split(",").includes(String(doomed))) {
      return Response.json(
        { message: "Service unavailable" },
        { status: 503, headers: { "X-Ovh-Queryid": "EU.outage" } },
      );
    }
    return emulator.fetch(new Request(input, init), { clientIp: "127.0.0.1" });
  };
  const ovh = createOvhClient({
    baseUrl: `${ORIGIN}/1.0`,
    appKey: account.keys.applicationKey,
    appSecret: account.keys.applicationSecret,
    consumerKey: account.keys.consumerKey,
    fetch: fetchWithOutage,
    now: clock.now,
    sleep: clock.sleep,
    timeCache: new Map(),
  });
  const snapshot = await loadAuditSnapshot(ovh, { currentCredentialId: ids[0] as number });
  assert.ok(snapshot.gaps, "the audit says it is partial");
  assert.ok(snapshot.gaps.credentialIds.includes(doomed));
  assert.equal(snapshot.gaps.credentialIds.length, 50, "one chunk of 50 is missing");
  assert.equal(snapshot.credentials.length, 950);
  assert.equal(snapshot.gaps.queryId, "EU.outage");
  assert.match(snapshot.gaps.message, /Service unavailable/);
});

test("a bulk revoke of 1,000 under faults accounts for every credential, and running it again completes it", async () => {
  const { account, ovh, ownId, clock } = setUp(1_001, hostile(900));
  const selected = [...account.credentials.keys()].filter((id) => id !== ownId);
  assert.equal(selected.length, 1_000);

  // The path the dashboard takes: one revocation job over ids of the session's own inventory, then
  // Retry failed on the same report until nothing fails.
  const options = {
    currentCredentialId: ownId,
    inventory: { credentialIds: selected },
    now: clock.now,
    sleep: clock.sleep,
  };
  let job = await runJob(ovh, { kind: "revoke-selected", ids: selected }, options);
  const runs: ReturnType<typeof tallyJob>[] = [];
  for (;;) {
    const tally = tallyJob(job);
    runs.push(tally);
    // The invariant of every run: revoked + already gone + failed + not attempted = selected, each id once.
    assert.equal(tally.revoked + tally.alreadyGone + tally.failed + tally.notAttempted, selected.length);
    assert.deepEqual(job.items.map((r) => r.id).sort(), [...selected].sort());
    for (const result of job.items) assertConsistent(result, account.credentials.has(result.id));
    // OVH's rate limit is waited out, never reported as a failure.
    assert.ok(job.items.every((r) => !/limiting the request rate/.test(r.message ?? "")));
    if (tally.failed === 0 || runs.length >= 6) break;
    job = await retryFailedItems(ovh, job, options);
  }
  assert.equal(tallyJob(job).failed, 0, `still failing after ${runs.length} runs: ${JSON.stringify(runs)}`);
  assert.deepEqual([...account.credentials.keys()], [ownId]);
  assert.ok(account.stats.rateLimited > 0, "the rate limit answered 429");
});

function assertConsistent(result: Pick<JobItemResult, "id" | "message" | "outcome">, stillThere: boolean) {
  if (result.outcome === "failed") {
    assert.ok(result.message && result.message.length > 0, "a failure carries OVH's message");
  } else if (result.outcome === "not-attempted") {
    assert.equal(stillThere, true, `#${result.id} counted not attempted but is gone`);
  } else {
    assert.equal(stillThere, false, `#${result.id} counted ${result.outcome} but still exists`);
  }
}

test("a DELETE whose answer was lost counts as already gone on the retry, not as a failure", async () => {
  const { account, ovh, ownId, clock } = setUp(30, {});
  const ids = [...account.credentials.keys()].filter((id) => id !== ownId).slice(0, 10);
  const lost = ids.slice(0, 4);
  account.knobs.failDeletes = { ids: lost, times: 1, status: 503, afterCommit: true };
  account.failDeletesLeft.clear();
  for (const id of lost) account.failDeletesLeft.set(id, 1);
  // Through the one bulk path (a revocation job), as the dashboard runs it.
  const job = await runJob(
    ovh,
    { kind: "revoke-selected", ids },
    { currentCredentialId: ownId, inventory: { credentialIds: ids }, now: clock.now, sleep: clock.sleep },
  );
  const byId = new Map(job.items.map((r) => [r.id, r.outcome]));
  for (const id of lost) assert.equal(byId.get(id), "already-gone");
  const { revoked, alreadyGone, failed, notAttempted } = tallyJob(job);
  assert.deepEqual(
    { revoked, alreadyGone, failed, notAttempted },
    { revoked: 6, alreadyGone: 4, failed: 0, notAttempted: 0 },
  );
  for (const id of ids) assert.equal(account.credentials.has(id), false);
});
