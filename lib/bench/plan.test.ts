import assert from "node:assert/strict";
import { test } from "node:test";
import { planRows, processWarmUpRows } from "./plan";

const options = {
  latencyMs: 30,
  sizes: [100, 1_000],
  runs: 5,
  concurrency: 16,
  rateLimitPerMinute: 60,
  rateLimitedN: 100,
};

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
