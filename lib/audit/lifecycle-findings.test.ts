import assert from "node:assert/strict";
import { test } from "node:test";
import { isAnyAddressBlock, lifecycleFindings, originFindings } from "./lifecycle-findings";
import { daysAgo, daysFromNow, hoursAgo, ids, makeApplication, makeCredential, NOW } from "./test-fixtures";

test("the clean fixture credential has no lifecycle finding", () => {
  assert.deepEqual(lifecycleFindings(makeCredential(), NOW), []);
});

test("a /0 block of either family is any address", () => {
  for (const block of ["0.0.0.0/0", "::/0", " ::/0 ", "0:0:0:0:0:0:0:0/0", "10.0.0.0/0", "::/00"]) {
    assert.equal(isAnyAddressBlock(block), true, block);
  }
  for (const block of ["0.0.0.0", "::", "192.0.2.0/24", "::/10", "2001:db8::/32", "0.0.0.0/"]) {
    assert.equal(isAnyAddressBlock(block), false, block);
  }
});

test("null, empty and any-address allowed IPs are no restriction", () => {
  for (const allowedIPs of [null, [], ["0.0.0.0/0"], ["192.0.2.1/32", "::/0"]]) {
    assert.deepEqual(ids(lifecycleFindings(makeCredential({ allowedIPs }), NOW)), ["no-ip-restriction"]);
  }
  const [finding] = lifecycleFindings(makeCredential({ allowedIPs: ["192.0.2.1/32", "::/0"] }), NOW);
  assert.match(finding?.explanation ?? "", /::\/0/);
});

test("IP restriction is only checked on credentials that can act", () => {
  const pending = makeCredential({
    status: "pendingValidation",
    allowedIPs: null,
    creation: hoursAgo(1),
    lastUse: null,
  });
  assert.deepEqual(lifecycleFindings(pending, NOW), []);
  const expired = makeCredential({ status: "expired", allowedIPs: null });
  assert.deepEqual(ids(lifecycleFindings(expired, NOW)), ["expired"]);
});

test("a validated credential without expiration never expires", () => {
  assert.deepEqual(ids(lifecycleFindings(makeCredential({ expiration: null }), NOW)), ["never-expires"]);
});

test("expiring within 7 days is reported with the days left, 8 days is not", () => {
  const [soon] = lifecycleFindings(makeCredential({ expiration: daysFromNow(3.5) }), NOW);
  assert.equal(soon?.id, "expires-soon");
  assert.match(soon?.explanation ?? "", /3 days/);
  const [today] = lifecycleFindings(makeCredential({ expiration: daysFromNow(0.2) }), NOW);
  assert.match(today?.explanation ?? "", /less than a day/);
  assert.deepEqual(lifecycleFindings(makeCredential({ expiration: daysFromNow(7) }), NOW).length, 1);
  assert.deepEqual(lifecycleFindings(makeCredential({ expiration: daysFromNow(8) }), NOW), []);
});

test("expired status and validated-past-expiry are both expired, without use findings", () => {
  const pastExpiry = makeCredential({ expiration: daysAgo(2), lastUse: null, creation: daysAgo(90), allowedIPs: null });
  assert.deepEqual(ids(lifecycleFindings(pastExpiry, NOW)), ["expired"]);
  assert.match(lifecycleFindings(pastExpiry, NOW)[0]?.explanation ?? "", new RegExp(daysAgo(2).slice(0, 10)));
  const expired = makeCredential({ status: "expired", expiration: null });
  assert.deepEqual(ids(lifecycleFindings(expired, NOW)), ["expired"]);
});

test("never used counts only after 30 days", () => {
  assert.deepEqual(ids(lifecycleFindings(makeCredential({ lastUse: null, creation: daysAgo(31) }), NOW)), [
    "never-used",
  ]);
  assert.deepEqual(lifecycleFindings(makeCredential({ lastUse: null, creation: daysAgo(29) }), NOW), []);
});

test("dormant means last used over 180 days ago", () => {
  const [dormant] = lifecycleFindings(makeCredential({ creation: daysAgo(400), lastUse: daysAgo(200) }), NOW);
  assert.equal(dormant?.id, "dormant");
  assert.match(dormant?.explanation ?? "", /200 days ago/);
  assert.deepEqual(lifecycleFindings(makeCredential({ creation: daysAgo(400), lastUse: daysAgo(170) }), NOW), []);
});

test("a token request pending for over 24 hours is stale", () => {
  const stale = makeCredential({
    status: "pendingValidation",
    creation: hoursAgo(25),
    lastUse: null,
    expiration: null,
  });
  assert.deepEqual(ids(lifecycleFindings(stale, NOW)), ["pending-stale"]);
  const fresh = makeCredential({
    status: "pendingValidation",
    creation: hoursAgo(23),
    lastUse: null,
    expiration: null,
  });
  assert.deepEqual(lifecycleFindings(fresh, NOW), []);
});

test("a refused credential is reported as refused only", () => {
  assert.deepEqual(ids(lifecycleFindings(makeCredential({ status: "refused", allowedIPs: null }), NOW)), ["refused"]);
});

test("malformed dates never produce time findings", () => {
  const odd = makeCredential({ creation: "garbage", lastUse: "garbage", expiration: "garbage" });
  assert.deepEqual(lifecycleFindings(odd, new Date(NOW)), []);
});

test("support-issued credentials and foreign applications are origin findings", () => {
  const foreign = makeApplication({ owned: false, name: "OVH API console" });
  const findings = originFindings(makeCredential({ ovhSupport: true }), foreign);
  assert.deepEqual(ids(findings), ["support-issued", "foreign-application"]);
  assert.match(findings[1]?.explanation ?? "", /OVH API console/);
  assert.deepEqual(originFindings(makeCredential(), makeApplication()), []);
  assert.deepEqual(originFindings(makeCredential(), null), []);
});
