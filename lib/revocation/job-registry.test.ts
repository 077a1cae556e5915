import assert from "node:assert/strict";
import { test } from "node:test";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import { emulatedClient, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { tallyJob } from "./job";
import { createJobRegistry, JobLimitError, JobRunningError } from "./job-registry";

// The registry's bounds, with the emulator on a virtual clock and a registry clock the test moves on.

function world(accounts: number) {
  const clock = virtualClock();
  let skipped = 0;
  const now = () => clock.now() + skipped;
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const sessions = Array.from({ length: accounts }, (_, i) => {
    const account = emulator.store.addAccount({ seed: `registry-${i}`, credentials: 60, knobs: { latencyMs: 30 } });
    const ovh = emulatedClient(emulator, account.keys, clock, { inSync: true });
    const own = [...account.credentials.values()].find((c) => c.consumerKey === account.keys.consumerKey);
    assert.ok(own);
    return { owner: `owner-${i}`, account, ovh, context: { currentCredentialId: own.credentialId } };
  });
  const registry = createJobRegistry({ now, sleep: clock.sleep });
  return { registry, sessions, skip: (ms: number) => (skipped += ms) };
}

test("one running job per owner: a second start attaches; another owner cannot see it", async () => {
  const { registry, sessions } = world(1);
  const [s] = sessions;
  assert.ok(s);
  const first = registry.startJob(s.owner, { kind: "remove-expired" }, s.ovh, s.context);
  assert.equal(first.attached, false);
  assert.equal(first.job.status, "listing");
  const second = registry.startJob(s.owner, { kind: "remove-expired" }, s.ovh, s.context);
  assert.equal(second.attached, true);
  assert.equal(second.job.id, first.job.id);
  assert.equal(registry.getJob("someone-else", first.job.id), null);
  assert.equal(registry.activeJob("someone-else"), null);
  assert.equal(registry.activeJob(s.owner)?.id, first.job.id);
  const done = await registry.settled(s.owner, first.job.id);
  assert.equal(done?.status, "done");
  assert.ok((done?.items.length ?? 0) > 0);
  assert.equal(s.account.stats.requests, 2 + (done?.items.length ?? 0), "the attached start sent nothing");
});

test("the process runs at most 8 jobs at once: the 9th start is refused with rate_limited:jobs", async () => {
  const { registry, sessions } = world(9);
  const started = sessions
    .slice(0, 8)
    .map((s) => registry.startJob(s.owner, { kind: "remove-expired" }, s.ovh, s.context));
  const ninth = sessions[8];
  assert.ok(ninth);
  assert.throws(
    () => registry.startJob(ninth.owner, { kind: "remove-expired" }, ninth.ovh, ninth.context),
    (err: unknown) => err instanceof JobLimitError && err.code === "rate_limited:jobs",
  );
  await Promise.all(started.map(({ job }, i) => registry.settled(sessions[i]?.owner ?? "", job.id)));
  assert.equal(registry.startJob(ninth.owner, { kind: "remove-expired" }, ninth.ovh, ninth.context).attached, false);
});

test("finished reports stay readable past 15 minutes and are evicted after 30", async () => {
  const { registry, sessions, skip } = world(1);
  const [s] = sessions;
  assert.ok(s);
  const { job } = registry.startJob(s.owner, { kind: "remove-expired" }, s.ovh, s.context);
  await registry.settled(s.owner, job.id);
  skip(16 * 60_000);
  assert.equal(registry.getJob(s.owner, job.id)?.status, "done", "readable after 16 minutes");
  assert.equal(registry.activeJob(s.owner), null, "no longer the header's job after 15 minutes");
  skip(15 * 60_000);
  assert.equal(registry.getJob(s.owner, job.id), null, "evicted after 30 minutes");
});

test("Stop through the registry, then Retry failed updates the same report", async () => {
  const { registry, sessions } = world(1);
  const [s] = sessions;
  assert.ok(s);
  const dead = [...s.account.credentials.values()].filter((c) => c.status === "expired" || c.status === "refused");
  const doomed = dead[0]?.credentialId;
  assert.ok(doomed);
  s.account.knobs.failDeletes = { ids: [doomed], times: 1, status: 400 };
  s.account.failDeletesLeft.set(doomed, 1);
  const { job } = registry.startJob(s.owner, { kind: "remove-expired" }, s.ovh, s.context);
  const first = await registry.settled(s.owner, job.id);
  assert.ok(first);
  assert.equal(tallyJob(first).failed, 1);

  const retrying = registry.retryFailed(s.owner, job.id, s.ovh, s.context);
  assert.equal(retrying?.rounds, 2);
  assert.throws(() => registry.retryFailed(s.owner, job.id, s.ovh, s.context), JobRunningError);
  const second = await registry.settled(s.owner, job.id);
  assert.ok(second);
  assert.equal(second.id, first.id);
  assert.equal(tallyJob(second).failed, 0);
  assert.equal(tallyJob(second).revoked, tallyJob(first).revoked + 1);

  const stopped = registry.startJob(
    s.owner,
    { kind: "revoke-application-credentials", applicationId: 1 },
    s.ovh,
    s.context,
  );
  registry.stopJob(s.owner, stopped.job.id);
  const final = await registry.settled(s.owner, stopped.job.id);
  assert.equal(final?.status, "stopped");
});
