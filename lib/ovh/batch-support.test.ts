import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import {
  BATCH_VERDICT_TTL_MS,
  batchVerdict,
  forgetBatchVerdicts,
  probeBatchOnce,
  rememberBatchVerdict,
} from "./batch-support";

const base = "https://eu.api.ovh.com/1.0";

beforeEach(() => forgetBatchVerdicts());

test("a verdict is kept per base URL until its TTL runs out", () => {
  rememberBatchVerdict(base, "refused", 1_000);
  assert.equal(batchVerdict(base, 1_000), "refused");
  assert.equal(batchVerdict("https://ca.api.ovh.com/1.0", 1_000), undefined);
  assert.equal(batchVerdict(base, 1_000 + BATCH_VERDICT_TTL_MS - 1), "refused");
  assert.equal(batchVerdict(base, 1_000 + BATCH_VERDICT_TTL_MS), undefined);
});

test("concurrent callers share one probe, and a known verdict skips it", async () => {
  let probes = 0;
  let release = () => {};
  const probe = async () => {
    probes++;
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    rememberBatchVerdict(base, "supported");
  };
  const first = probeBatchOnce(base, probe);
  const second = probeBatchOnce(base, probe);
  await new Promise((resolve) => setTimeout(resolve, 0));
  release();
  assert.deepEqual(await Promise.all([first, second]), [true, false]);
  assert.equal(probes, 1);
  assert.equal(await probeBatchOnce(base, probe), false);
  assert.equal(probes, 1);
});

test("a probe that fails without a verdict lets the next waiter probe, and its error reaches its caller", async () => {
  const failing = probeBatchOnce(base, async () => {
    throw new Error("session expired");
  });
  let secondRan = false;
  const waiting = probeBatchOnce(base, async () => {
    secondRan = true;
    rememberBatchVerdict(base, "refused");
  });
  await assert.rejects(failing, /session expired/);
  assert.equal(await waiting, true);
  assert.equal(secondRan, true);
  assert.equal(batchVerdict(base), "refused");
});
