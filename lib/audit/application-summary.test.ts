import assert from "node:assert/strict";
import { test } from "node:test";
import { confirmsApplication, keylessApplications, summarizeApplications } from "./application-summary";
import { daysAgo, makeApplication, makeView } from "./test-fixtures";

const owned = makeApplication({ applicationId: 1, name: "b-deploy" });
const keyless = makeApplication({ applicationId: 2, name: "a-unused" });
const foreign = makeApplication({ applicationId: 3, name: "OVHcloud API console", owned: false });

test("every application gets a row with its credentials by status, most recent use and current flag", () => {
  const views = [
    makeView({ applicationId: 1, status: "validated", lastUse: daysAgo(3) }, { application: owned }),
    makeView({ applicationId: 1, status: "expired", lastUse: daysAgo(1) }, { application: owned, isCurrent: true }),
    makeView({ applicationId: 3, status: "refused", lastUse: null }, { application: foreign }),
  ];
  const rows = summarizeApplications(views, [owned, keyless, foreign]);
  assert.deepEqual(
    rows.map((row) => [row.applicationId, row.credentials]),
    [
      [2, 0],
      [1, 2],
      [3, 1],
    ],
  );
  const deploy = rows.find((row) => row.applicationId === 1);
  assert.equal(deploy?.byStatus.validated, 1);
  assert.equal(deploy?.byStatus.expired, 1);
  assert.equal(deploy?.lastUse, daysAgo(1));
  assert.equal(deploy?.includesCurrent, true);
  assert.equal(rows.find((row) => row.applicationId === 3)?.lastUse, null);
});

test("credentials of an application the audit could not read still get an unnamed row, listed last", () => {
  const rows = summarizeApplications([makeView({ applicationId: 9 }, { application: null })], [foreign]);
  assert.deepEqual(
    rows.map((row) => [row.applicationId, row.application?.name ?? null]),
    [
      [3, "OVHcloud API console"],
      [9, null],
    ],
  );
});

test("keyless applications are the owned ones without any credential", () => {
  const orphanForeign = makeApplication({ applicationId: 4, owned: false });
  const rows = summarizeApplications(
    [makeView({ applicationId: 1 }, { application: owned })],
    [owned, keyless, foreign, orphanForeign],
  );
  assert.deepEqual(
    keylessApplications(rows).map((application) => application.applicationId),
    [2],
  );
});

test("typing the application's name or id confirms; anything else does not", () => {
  assert.equal(confirmsApplication("b-deploy", owned), true);
  assert.equal(confirmsApplication("  1 ", owned), true);
  assert.equal(confirmsApplication("B-DEPLOY", owned), false);
  assert.equal(confirmsApplication("", makeApplication({ name: "" })), false);
  assert.equal(confirmsApplication("b-deplo", owned), false);
});
