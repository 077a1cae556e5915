import assert from "node:assert/strict";
import { test } from "node:test";
import { baselineRuns, planRows, processWarmUpRows } from "./plan";

const options = {
  latencyMs: 30,
  sizes: [100, 1_000],
  runs: 5,
  concurrency: 16,
  rateLimitPerMinute: 60,
  rateLimitedN: 292,
};

test("the plan: ovh-keys rows one by one; baselines over 10 s run once, side by side with the rate-limited case", () => {
  assert.equal(baselineRuns(201, 30, 5), 5);
  assert.equal(baselineRuns(2_001, 30, 5), 1);
  const plan = planRows(options);
  assert.deepEqual(
    plan.sequential.map((s) => `${s.scenario} ${s.n} ${s.batch}`),
    [
      "list 100 true",
      "list 100 false",
      "revoke-expired 100 true",
      "list 1000 true",
      "list 1000 false",
      "revoke-expired 1000 true",
    ],
  );
  assert.deepEqual(
    plan.sideBySide.map((s) => `${s.scenario} ${s.strategy} ${s.n} ${s.rateLimitPerMinute} ×${s.runs}`),
    [
      "list naive 100 null ×5",
      "revoke-expired naive 100 null ×5",
      "list naive 1000 null ×1",
      "revoke-expired naive 1000 null ×1",
      "revoke-expired ovh-keys 292 60 ×3",
      "revoke-expired naive 292 60 ×1",
    ],
  );
});

test("the process warm-up covers every ovh-keys scenario the timed rows measure, once, unpaced", () => {
  const warmUp = processWarmUpRows(options);
  const key = (spec: { scenario: string; batch: boolean }) => `${spec.scenario} batch=${spec.batch}`;
  const timed = new Set(planRows(options).sequential.map(key));
  assert.deepEqual(new Set(warmUp.map(key)), timed);
  for (const spec of warmUp) {
    assert.equal(spec.strategy, "ovh-keys");
    assert.equal(spec.runs, 1);
    assert.equal(spec.rateLimitPerMinute, null);
    assert.equal(spec.latencyMs, 30);
    assert.equal(spec.concurrency, 16);
  }
});
