import assert from "node:assert/strict";
import { test } from "node:test";
import { buildCredentialViews, credentialFindings } from "./findings";
import { daysAgo, FULL_ACCESS, ids, makeApplication, makeCredential, makeViews, NOW, rules } from "./test-fixtures";
import { severities } from "./types";

test("a clean credential has no finding", () => {
  assert.deepEqual(credentialFindings(makeCredential(), { now: NOW, application: makeApplication() }), []);
});

test("findings come worst first", () => {
  const credential = makeCredential({ rules: FULL_ACCESS, allowedIPs: null, expiration: null, ovhSupport: true });
  const findings = credentialFindings(credential, {
    now: NOW,
    application: makeApplication({ owned: false }),
    duplicateGroup: [7, credential.credentialId],
  });
  assert.deepEqual(ids(findings), [
    "full-access",
    "no-ip-restriction",
    "never-expires",
    "foreign-application",
    "support-issued",
    "duplicate",
  ]);
  const ranks = findings.map((finding) => severities.indexOf(finding.severity));
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
  );
});

test("rule findings are left out for credentials that can never act again", () => {
  for (const dead of [{ status: "expired" as const }, { status: "refused" as const }, { expiration: daysAgo(1) }]) {
    const credential = makeCredential({ rules: FULL_ACCESS, ...dead });
    assert.equal(ids(credentialFindings(credential, { now: NOW, application: null })).includes("full-access"), false);
  }
  const pending = makeCredential({ rules: FULL_ACCESS, status: "pendingValidation", lastUse: null });
  assert.equal(ids(credentialFindings(pending, { now: NOW, application: null }))[0], "full-access");
});

test("the duplicate explanation lists the other credential ids", () => {
  const credential = makeCredential();
  const [duplicate] = credentialFindings(credential, {
    now: NOW,
    application: null,
    duplicateGroup: [12, 34, credential.credentialId],
  });
  assert.equal(duplicate?.id, "duplicate");
  assert.match(duplicate?.explanation ?? "", /credentials 12, 34/);
});

test("views get their application, the current flag and duplicates found across the list", () => {
  const a = makeCredential({ rules: rules("GET /me", "GET /domain/*") });
  const b = makeCredential({ rules: rules("GET /domain/*", "GET /me") });
  const c = makeCredential({ applicationId: 99 });
  const views = makeViews([a, b, c], { currentCredentialId: b.credentialId, applications: [makeApplication()] });
  assert.equal(views.length, 3);
  assert.equal(views[0]?.application?.name, "deploy-bot");
  assert.equal(views[2]?.application, null);
  assert.deepEqual(
    views.map((view) => view.isCurrent),
    [false, true, false],
  );
  assert.match(
    views[0]?.findings.find((f) => f.id === "duplicate")?.explanation ?? "",
    new RegExp(`${b.credentialId}`),
  );
  assert.deepEqual(ids(views[2]?.findings ?? []), []);
});

test("building views keeps every credential field and does not change the input", () => {
  const credential = makeCredential({ rules: FULL_ACCESS });
  const frozen = structuredClone(credential);
  const [view] = buildCredentialViews([credential], new Map(), { now: new Date(NOW), currentCredentialId: null });
  assert.deepEqual(credential, frozen);
  assert.deepEqual(
    { ...view, application: undefined, isCurrent: undefined, findings: undefined },
    {
      ...credential,
      application: undefined,
      isCurrent: undefined,
      findings: undefined,
    },
  );
});

test("a large group of duplicates names five twins and counts the others", () => {
  const twins = Array.from({ length: 153 }, (_, i) => 1_000 + i);
  const credential = makeCredential();
  const [duplicate] = credentialFindings(credential, {
    now: NOW,
    application: null,
    duplicateGroup: [...twins, credential.credentialId],
  });
  assert.equal(
    duplicate?.explanation,
    "Same application, access rules and allowed IPs as credentials 1000, 1001, 1002, 1003, 1004 and 148 others.",
  );
  // A member among the first named is skipped, not counted: the sixth id takes its place.
  const [first] = credentialFindings(makeCredential({ credentialId: 1_002 }), {
    now: NOW,
    application: null,
    duplicateGroup: twins,
  });
  assert.equal(
    first?.explanation,
    "Same application, access rules and allowed IPs as credentials 1000, 1001, 1003, 1004, 1005 and 147 others.",
  );
});
