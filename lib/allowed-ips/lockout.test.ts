import assert from "node:assert/strict";
import { test } from "node:test";
import { checkLockout, parseEgressIps } from "./lockout";

test("egress addresses are read from a comma-separated list, canonical and without repeats", () => {
  assert.deepEqual(parseEgressIps(" 203.0.113.5, 2001:DB8::0:1 ,203.0.113.5"), ["203.0.113.5", "2001:db8::1"]);
  assert.deepEqual(parseEgressIps("203.0.113.5/32"), ["203.0.113.5"]);
});

test("ranges and garbage are not egress addresses", () => {
  assert.deepEqual(parseEgressIps("203.0.113.0/24,not-an-ip,,"), []);
  assert.deepEqual(parseEgressIps(undefined), []);
  assert.deepEqual(parseEgressIps(""), []);
});

test("another credential may be restricted to anything", () => {
  assert.deepEqual(checkLockout({ allowedIps: ["192.0.2.1/32"], isCurrent: false, egressIps: [] }), { ok: true });
});

test("lifting the restriction on the session's credential is always safe", () => {
  assert.deepEqual(checkLockout({ allowedIps: null, isCurrent: true, egressIps: [] }), { ok: true });
});

test("restricting the session's credential with no known egress address is refused", () => {
  const check = checkLockout({ allowedIps: ["0.0.0.0/0"], isCurrent: true, egressIps: [] });
  assert.equal(check.ok, false);
  assert.equal(!check.ok && check.reason, "egress-unknown");
  assert.match(!check.ok ? check.message : "", /OVH_KEYS_EGRESS_IPS/);
});

test("a list that covers every egress address passes, by address or by range", () => {
  const egressIps = ["203.0.113.5", "2001:db8::7"];
  assert.deepEqual(checkLockout({ allowedIps: ["203.0.113.5/32", "2001:db8::/32"], isCurrent: true, egressIps }), {
    ok: true,
  });
  assert.deepEqual(checkLockout({ allowedIps: ["::ffff:203.0.113.0/120", "::/0"], isCurrent: true, egressIps }), {
    ok: true,
  });
});

test("a list that leaves out an egress address names it", () => {
  const check = checkLockout({
    allowedIps: ["203.0.113.0/24"],
    isCurrent: true,
    egressIps: ["203.0.113.5", "198.51.100.1"],
  });
  assert.equal(check.ok, false);
  assert.deepEqual(!check.ok && check.reason === "egress-not-allowed" ? check.missing : null, ["198.51.100.1"]);
  assert.match(!check.ok ? check.message : "", /198\.51\.100\.1/);
});

test("an empty list for the session's credential is refused", () => {
  assert.equal(checkLockout({ allowedIps: [], isCurrent: true, egressIps: ["127.0.0.1"] }).ok, false);
});
