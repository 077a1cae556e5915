import assert from "node:assert/strict";
import { test } from "node:test";
import { HOUR, MINUTE } from "./datetime";
import { type DemoPoolPolicy, demoPoolFullMessage, planDemoAdmission } from "./demo-pool";
import { fixedClock, T0 } from "./test-helpers";

const policy: DemoPoolPolicy = { maxAccounts: 3, idleMs: 2 * HOUR, minIdleToEvictMs: 15 * MINUTE };
const entry = (item: string, lastUsedMs: number) => ({ item, lastUsedMs });

test("under the cap an account is admitted and nothing is evicted", () => {
  assert.deepEqual(planDemoAdmission([entry("a", T0)], T0, policy), { admit: true, evict: [] });
});

test("accounts idle for the expiry time are freed, whatever the cap", () => {
  const clock = fixedClock();
  const entries = [entry("a", clock.now()), entry("b", clock.now() + HOUR)];
  clock.advance(2 * HOUR);
  assert.deepEqual(planDemoAdmission(entries, clock.now(), policy), { admit: true, evict: ["a"] });
});

test("at the cap the least recently used account is evicted first, once idle long enough", () => {
  const clock = fixedClock();
  const entries = [entry("new", T0 + 20 * MINUTE), entry("old", T0), entry("mid", T0 + 10 * MINUTE)];
  clock.set(T0 + 20 * MINUTE);
  assert.deepEqual(planDemoAdmission(entries, clock.now(), policy), { admit: true, evict: ["old"] });
});

test("at the cap with every account in use, the new one is refused with when to retry", () => {
  const entries = [entry("a", T0), entry("b", T0 + MINUTE), entry("c", T0 + 2 * MINUTE)];
  const plan = planDemoAdmission(entries, T0 + 5 * MINUTE, policy);
  assert.deepEqual(plan, { admit: false, retryInMs: 10 * MINUTE });
  assert.equal(
    demoPoolFullMessage(10 * MINUTE, policy),
    "The demo is full: 3 sandbox accounts are in use. Try again in 10 minutes, when the least recently used one can be freed.",
  );
});
