import assert from "node:assert/strict";
import { test } from "node:test";
import {
  forgetQuarantine,
  isQuarantined,
  MAX_REMEMBERED,
  MAX_REMEMBERED_CHARS,
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

test("the memory keeps at most 20 entries and refuses the 21st rather than drop a remembered list", () => {
  let memory: Record<string, string[] | null> = {};
  for (let id = 100; id < 100 + MAX_REMEMBERED; id++) {
    const result = rememberQuarantine(memory, id, null);
    assert.ok(result.ok);
    memory = result.memory;
  }
  assert.equal(Object.keys(memory).length, MAX_REMEMBERED);
  assert.deepEqual(rememberQuarantine(memory, 1, null), { ok: false, reason: "full" });
  for (let id = 100; id < 100 + MAX_REMEMBERED; id++) assert.equal(previousAllowedIps(memory, id), null);
  // Quarantining a remembered credential again replaces its entry: no new room needed.
  const again = rememberQuarantine(memory, 100, ["203.0.113.7/32"]);
  assert.ok(again.ok);
  assert.deepEqual(previousAllowedIps(again.memory, 100), ["203.0.113.7/32"]);
});

test("the memory stays within its size budget by refusing, and a list too long to keep is refused", () => {
  const long = Array.from({ length: 12 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
  let memory: Record<string, string[] | null> = {};
  let kept = 0;
  for (let id = 1; id <= 10; id++) {
    const result = rememberQuarantine(memory, id, long);
    if (!result.ok) {
      assert.equal(result.reason, "full");
      break;
    }
    memory = result.memory;
    kept = id;
  }
  assert.ok(kept >= 2 && kept < 10);
  assert.ok(JSON.stringify(memory).length <= MAX_REMEMBERED_CHARS);
  for (let id = 1; id <= kept; id++) assert.deepEqual(previousAllowedIps(memory, id), long, "nothing dropped");
  const huge = Array.from({ length: 200 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
  assert.deepEqual(rememberQuarantine({}, 6, huge), { ok: false, reason: "too-large" });
});
