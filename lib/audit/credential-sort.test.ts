import assert from "node:assert/strict";
import { test } from "node:test";
import { sortCredentials } from "./credential-sort";
import { daysAgo, daysFromNow, FULL_ACCESS, finding, makeApplication, makeView, rules } from "./test-fixtures";
import type { CredentialView } from "./types";

const idsOf = (views: readonly CredentialView[]) => views.map((view) => view.credentialId);

test("sorting returns a copy and leaves the input order alone", () => {
  const views = [makeView({ credentialId: 2 }), makeView({ credentialId: 1 })];
  assert.deepEqual(idsOf(sortCredentials(views, "id", "asc")), [1, 2]);
  assert.deepEqual(idsOf(views), [2, 1]);
});

test("never-used, never-expiring and application-less credentials sort last both ways", () => {
  const views = [
    makeView({ credentialId: 1, lastUse: null, expiration: null }, { application: null }),
    makeView(
      { credentialId: 2, lastUse: daysAgo(5), expiration: daysFromNow(5) },
      { application: makeApplication({ name: "beta" }) },
    ),
    makeView(
      { credentialId: 3, lastUse: daysAgo(1), expiration: daysFromNow(1) },
      { application: makeApplication({ name: "Alpha" }) },
    ),
  ];
  for (const column of ["lastUse", "expiration", "application"] as const) {
    assert.equal(idsOf(sortCredentials(views, column, "asc")).at(-1), 1, `${column} asc`);
    assert.equal(idsOf(sortCredentials(views, column, "desc")).at(-1), 1, `${column} desc`);
  }
  assert.deepEqual(idsOf(sortCredentials(views, "lastUse", "desc")), [3, 2, 1]);
  assert.deepEqual(idsOf(sortCredentials(views, "expiration", "asc")), [3, 2, 1]);
  assert.deepEqual(idsOf(sortCredentials(views, "application", "asc")), [3, 2, 1]);
});

test("creation, status, rule count and risk sort, ties falling back to the id", () => {
  const views = [
    makeView({ credentialId: 5, creation: daysAgo(1), status: "refused", rules: [] }, { findings: [] }),
    makeView(
      { credentialId: 4, creation: daysAgo(3), rules: FULL_ACCESS },
      { findings: [finding("full-access", "critical")] },
    ),
    makeView({ credentialId: 3, creation: daysAgo(2), status: "expired", rules: rules("GET /me") }, { findings: [] }),
  ];
  assert.deepEqual(idsOf(sortCredentials(views, "creation", "asc")), [4, 3, 5]);
  assert.deepEqual(idsOf(sortCredentials(views, "status", "asc")), [4, 3, 5]);
  assert.deepEqual(idsOf(sortCredentials(views, "rules", "desc")), [4, 3, 5]);
  assert.deepEqual(idsOf(sortCredentials(views, "findings", "desc")), [4, 3, 5]);
  assert.deepEqual(idsOf(sortCredentials(views, "findings", "asc")), [3, 5, 4]);
});

test("10,000 credentials sort correctly by last use with nulls last", () => {
  const views: CredentialView[] = [];
  for (let i = 0; i < 10_000; i++) {
    const lastUse = i % 3 === 0 ? null : daysAgo((i * 7919) % 1000);
    views.push(makeView({ credentialId: i, lastUse }, { findings: [] }));
  }
  const sorted = sortCredentials(views, "lastUse", "desc");
  assert.equal(sorted.length, 10_000);
  const firstNull = sorted.findIndex((view) => view.lastUse === null);
  assert.equal(firstNull, 10_000 - Math.ceil(10_000 / 3));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (!a || !b || b.lastUse === null) continue;
    assert.ok(a.lastUse !== null && Date.parse(a.lastUse) >= Date.parse(b.lastUse), `row ${i}`);
  }
});

test("application names sort as the collator orders them: case, accents and numbers included", () => {
  const names = ["beta", "Beta", "alpha", "Älpha", "app 10", "app 9", "APP 9", "zeta", "éclair", "Eclair", "b"];
  const views = names.map((name, index) =>
    makeView({ credentialId: 100 - index }, { application: makeApplication({ name }), findings: [] }),
  );
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  for (const dir of ["asc", "desc"] as const) {
    const sign = dir === "asc" ? 1 : -1;
    const expected = [...views].sort(
      (a, b) =>
        sign * collator.compare(a.application?.name ?? "", b.application?.name ?? "") ||
        a.credentialId - b.credentialId,
    );
    assert.deepEqual(idsOf(sortCredentials(views, "application", dir)), idsOf(expected), dir);
  }
  // Equal under the collator ("beta" and "Beta", "app 9" and "APP 9"): the id decides.
  const sorted = sortCredentials(views, "application", "asc").map((view) => view.application?.name);
  assert.deepEqual(sorted.slice(0, 2), ["Älpha", "alpha"]);
});
