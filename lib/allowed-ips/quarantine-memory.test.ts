import assert from "node:assert/strict";
import { test } from "node:test";
import {
  forgetQuarantine,
  isQuarantined,
  MAX_REMEMBERED,
  previousAllowedIps,
  QUARANTINE_IPS,
  rememberQuarantine,
} from "./quarantine-memory";

test("the quarantine set is recognised in any order and spelling", () => {
  assert.equal(isQuarantined([...QUARANTINE_IPS]), true);
  assert.equal(isQuarantined(["2001:DB8:0::1/128", "192.0.2.1"]), true);
});

test("anything else is not quarantined", () => {
  assert.equal(isQuarantined(null), false);
  assert.equal(isQuarantined([]), false);
  assert.equal(isQuarantined(["192.0.2.1/32"]), false);
  assert.equal(isQuarantined([...QUARANTINE_IPS, "203.0.113.0/24"]), false);
  assert.equal(isQuarantined(["192.0.2.1/32", "not an ip"]), false);
});

test("a previous list, or no restriction, is remembered and read back", () => {
  const first = rememberQuarantine(undefined, 42, ["203.0.113.0/24"]);
  assert.ok(first.ok);
  const second = rememberQuarantine(first.memory, 43, null);
  assert.ok(second.ok);
  assert.deepEqual(previousAllowedIps(second.memory, 42), ["203.0.113.0/24"]);
  assert.equal(previousAllowedIps(second.memory, 43), null);
  assert.equal(previousAllowedIps(second.memory, 44), undefined);
  assert.equal(previousAllowedIps(undefined, 42), undefined);
});

test("forgetting removes only that credential", () => {
  const memory = { "1": null, "2": ["192.0.2.0/24"] };
  assert.deepEqual(forgetQuarantine(memory, 1), { "2": ["192.0.2.0/24"] });
  assert.deepEqual(forgetQuarantine(undefined, 1), {});
});

test("the memory keeps at most 20 entries, dropping the oldest credentials first", () => {
  let memory: Record<string, string[] | null> = {};
  for (let id = 100; id < 130; id++) {
    const result = rememberQuarantine(memory, id, null);
    assert.ok(result.ok);
    memory = result.memory;
  }
  assert.equal(Object.keys(memory).length, MAX_REMEMBERED);
  assert.equal(previousAllowedIps(memory, 129), null);
  assert.equal(previousAllowedIps(memory, 100), undefined);
  // The credential just quarantined is kept even when its id is the lowest.
  const low = rememberQuarantine(memory, 1, null);
  assert.ok(low.ok);
  assert.equal(previousAllowedIps(low.memory, 1), null);
});

test("entries are dropped to keep the cookie small, and a list too long to keep is refused", () => {
  const long = Array.from({ length: 30 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
  let memory: Record<string, string[] | null> = {};
  for (let id = 1; id <= 5; id++) {
    const result = rememberQuarantine(memory, id, long);
    assert.ok(result.ok);
    memory = result.memory;
  }
  assert.ok(JSON.stringify(memory).length <= 1_500);
  assert.deepEqual(previousAllowedIps(memory, 5), long);
  const huge = Array.from({ length: 200 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
  assert.deepEqual(rememberQuarantine(memory, 6, huge), { ok: false, reason: "too-large" });
});
