import assert from "node:assert/strict";
import { test } from "node:test";
import {
  applicationBlastRadius,
  hasWriteAccess,
  requiresTypedConfirmation,
  selectExpired,
  selectForRevocation,
} from "./selection";
import { daysAgo, daysFromNow, makeCredential, makeView, NOW, rules } from "./test-fixtures";

test("revocation never selects the current credential and reports unknown ids", () => {
  const views = [makeView({ credentialId: 1 }), makeView({ credentialId: 2 }), makeView({ credentialId: 3 })];
  const selection = selectForRevocation(views, [3, 2, 99, 3, 2], 2);
  assert.deepEqual(selection.ids, [3]);
  assert.deepEqual(selection.skipped, [
    { id: 2, reason: "current-credential" },
    { id: 99, reason: "unknown" },
  ]);
});

test("a view flagged current is protected even when the current id is not known", () => {
  const views = [makeView({ credentialId: 1 }, { isCurrent: true }), makeView({ credentialId: 2 })];
  assert.deepEqual(selectForRevocation(views, [1, 2], null), {
    ids: [2],
    skipped: [{ id: 1, reason: "current-credential" }],
  });
  assert.deepEqual(selectForRevocation(views, [], null), { ids: [], skipped: [] });
});

test("expired cleanup takes expired, refused and past-expiry credentials, never the current one", () => {
  const credentials = [
    makeCredential({ credentialId: 1, status: "expired" }),
    makeCredential({ credentialId: 2, status: "refused" }),
    makeCredential({ credentialId: 3, expiration: daysAgo(1) }),
    makeCredential({ credentialId: 4, expiration: daysFromNow(1) }),
    makeCredential({ credentialId: 5, status: "pendingValidation", creation: daysAgo(9) }),
    makeCredential({ credentialId: 6, status: "expired" }),
    makeCredential({ credentialId: 7, expiration: null }),
  ];
  assert.deepEqual(
    selectExpired(credentials, NOW, 6).map((c) => c.credentialId),
    [1, 2, 3],
  );
  const views = [makeView({ credentialId: 8, status: "expired" }, { isCurrent: true })];
  assert.deepEqual(selectExpired(views, new Date(NOW), null), []);
});

test("any POST, PUT or DELETE rule is write access", () => {
  assert.equal(hasWriteAccess([]), false);
  assert.equal(hasWriteAccess(rules("GET /*", "GET /me")), false);
  for (const method of ["POST", "PUT", "DELETE"]) assert.equal(hasWriteAccess(rules("GET /me", `${method} /x`)), true);
});

test("typed confirmation above 10 credentials or for any with write access", () => {
  const readOnly = Array.from({ length: 10 }, () => makeView({ rules: rules("GET /me") }));
  assert.equal(requiresTypedConfirmation(readOnly), false);
  assert.equal(requiresTypedConfirmation([...readOnly, makeView({ rules: rules("GET /me") })]), true);
  assert.equal(requiresTypedConfirmation([makeView({ rules: rules("DELETE /me/api/credential/1") })]), true);
  assert.equal(requiresTypedConfirmation([]), false);
});

test("an application's blast radius sums its credentials, rules and latest use", () => {
  const views = [
    makeView({ applicationId: 9, rules: rules("PUT /me", "GET /me"), lastUse: "2025-05-01T10:00:00+02:00" }),
    makeView({ applicationId: 9, status: "expired", rules: rules("GET /me", "GET /a"), lastUse: null }),
    makeView({ applicationId: 9, rules: [], lastUse: "2025-05-01T09:00:00+00:00" }, { isCurrent: true }),
    makeView({ applicationId: 10, rules: rules("DELETE /*"), lastUse: daysAgo(0) }),
  ];
  const radius = applicationBlastRadius(views, 9);
  assert.equal(radius.credentials, 3);
  assert.deepEqual(radius.byStatus, { validated: 2, pendingValidation: 0, expired: 1, refused: 0 });
  assert.deepEqual(radius.rules, rules("GET /a", "GET /me", "PUT /me"));
  assert.equal(radius.lastUse, "2025-05-01T09:00:00+00:00");
  assert.equal(radius.includesCurrent, true);
  assert.deepEqual(applicationBlastRadius(views, 404), {
    credentials: 0,
    byStatus: { validated: 0, pendingValidation: 0, expired: 0, refused: 0 },
    rules: [],
    lastUse: null,
    includesCurrent: false,
  });
});
