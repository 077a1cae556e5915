import assert from "node:assert/strict";
import { test } from "node:test";
import { findDuplicates } from "./duplicates";
import { daysAgo, hoursAgo, makeCredential, NOW, rules } from "./test-fixtures";

test("rules in another order, repeated, and IPs in another order still make duplicates", () => {
  const a = makeCredential({
    rules: rules("GET /me", "DELETE /me/api/credential/*"),
    allowedIPs: ["192.0.2.1/32", "::1/128"],
  });
  const b = makeCredential({
    rules: rules("DELETE /me/api/credential/*", "GET /me", "GET /me"),
    allowedIPs: ["::1/128", "192.0.2.1/32"],
  });
  const duplicates = findDuplicates([a, b], NOW);
  assert.deepEqual(duplicates.get(a.credentialId), [b.credentialId]);
  assert.deepEqual(duplicates.get(b.credentialId), [a.credentialId]);
});

test("a different application, rule method or IP set breaks the tie", () => {
  const base = makeCredential({ rules: rules("GET /me") });
  const otherApp = makeCredential({ rules: rules("GET /me"), applicationId: 2 });
  const otherMethod = makeCredential({ rules: rules("PUT /me") });
  const otherIps = makeCredential({ rules: rules("GET /me"), allowedIPs: ["198.51.100.0/24"] });
  assert.equal(findDuplicates([base, otherApp, otherMethod, otherIps], NOW).size, 0);
});

test("null and empty allowed IPs compare equal", () => {
  const a = makeCredential({ allowedIPs: null });
  const b = makeCredential({ allowedIPs: [] });
  assert.deepEqual(findDuplicates([a, b], NOW).get(a.credentialId), [b.credentialId]);
});

test("a group of three lists the two others for each, ascending", () => {
  const [a, b, c] = [makeCredential(), makeCredential(), makeCredential()];
  if (!a || !b || !c) throw new Error("fixtures");
  const duplicates = findDuplicates([c, a, b], NOW);
  assert.deepEqual(duplicates.get(c.credentialId), [a.credentialId, b.credentialId]);
});

test("expired, refused and past-expiry twins do not count, pending ones do", () => {
  const live = makeCredential();
  const others = [
    makeCredential({ status: "expired" }),
    makeCredential({ status: "refused" }),
    makeCredential({ expiration: daysAgo(1) }),
  ];
  assert.equal(findDuplicates([live, ...others], NOW).size, 0);
  const pending = makeCredential({ status: "pendingValidation", creation: hoursAgo(1), lastUse: null });
  assert.deepEqual(findDuplicates([live, ...others, pending], NOW).get(live.credentialId), [pending.credentialId]);
});
