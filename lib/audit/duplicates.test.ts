import assert from "node:assert/strict";
import { test } from "node:test";
import { findDuplicateGroups } from "./duplicates";
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
  const duplicates = findDuplicateGroups([a, b], NOW);
  assert.deepEqual(duplicates.get(a.credentialId), [a.credentialId, b.credentialId]);
  assert.equal(duplicates.get(b.credentialId), duplicates.get(a.credentialId), "one array shared by the group");
});

test("a different application, rule method or IP set breaks the tie", () => {
  const base = makeCredential({ rules: rules("GET /me") });
  const otherApp = makeCredential({ rules: rules("GET /me"), applicationId: 2 });
  const otherMethod = makeCredential({ rules: rules("PUT /me") });
  const otherIps = makeCredential({ rules: rules("GET /me"), allowedIPs: ["198.51.100.0/24"] });
  assert.equal(findDuplicateGroups([base, otherApp, otherMethod, otherIps], NOW).size, 0);
});

test("null and empty allowed IPs compare equal", () => {
  const a = makeCredential({ allowedIPs: null });
  const b = makeCredential({ allowedIPs: [] });
  assert.deepEqual(findDuplicateGroups([a, b], NOW).get(a.credentialId), [a.credentialId, b.credentialId]);
});

test("a group of three lists all three for each, ascending", () => {
  const [a, b, c] = [makeCredential(), makeCredential(), makeCredential()];
  if (!a || !b || !c) throw new Error("fixtures");
  const duplicates = findDuplicateGroups([c, a, b], NOW);
  assert.deepEqual(duplicates.get(c.credentialId), [a.credentialId, b.credentialId, c.credentialId]);
});

test("expired, refused and past-expiry twins do not count, pending ones do", () => {
  const live = makeCredential();
  const others = [
    makeCredential({ status: "expired" }),
    makeCredential({ status: "refused" }),
    makeCredential({ expiration: daysAgo(1) }),
  ];
  assert.equal(findDuplicateGroups([live, ...others], NOW).size, 0);
  const pending = makeCredential({ status: "pendingValidation", creation: hoursAgo(1), lastUse: null });
  assert.deepEqual(findDuplicateGroups([live, ...others, pending], NOW).get(live.credentialId), [
    live.credentialId,
    pending.credentialId,
  ]);
});

test("a rule whose path holds a line break is not taken for two rules", () => {
  const crafted = makeCredential({ rules: [{ method: "GET", path: "/a\nPOST /b" }] });
  const split = makeCredential({ rules: rules("GET /a", "POST /b") });
  assert.equal(findDuplicateGroups([crafted, split], NOW).size, 0);
});

test("credentials sharing one rule list in different orders form one group", () => {
  const group = Array.from({ length: 6 }, (_, i) =>
    makeCredential({ rules: i % 2 ? rules("GET /me", "PUT /me") : rules("PUT /me", "GET /me", "GET /me") }),
  );
  const groups = findDuplicateGroups(group, NOW);
  assert.deepEqual(
    groups.get(group[0]?.credentialId ?? 0),
    group.map((credential) => credential.credentialId),
  );
});
