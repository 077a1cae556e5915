import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type CredentialFilters,
  defaultCredentialFilters,
  filterCredentials,
  parseCredentialFilters,
  prepareCredentialSearch,
  serializeCredentialFilters,
  sortColumns,
  sortCredentials,
} from "./filters";
import { FULL_ACCESS, finding, makeApplication, makeView, rules } from "./test-fixtures";
import type { CredentialView } from "./types";

const filters = (overrides: Partial<CredentialFilters> = {}): CredentialFilters => ({
  ...defaultCredentialFilters,
  ...overrides,
});

test("an empty query gives the defaults", () => {
  assert.deepEqual(parseCredentialFilters({}), defaultCredentialFilters);
  assert.deepEqual(parseCredentialFilters(new URLSearchParams("")), defaultCredentialFilters);
});

test("lists accept commas and repeats, drop unknown values, dedupe and keep a fixed order", () => {
  const parsed = parseCredentialFilters(
    new URLSearchParams("status=refused,bogus&status=validated&status=refused&finding=duplicate,full-access,nope"),
  );
  assert.deepEqual(parsed.status, ["validated", "refused"]);
  assert.deepEqual(parsed.finding, ["full-access", "duplicate"]);
});

test("Next-style records with arrays and undefined parse too", () => {
  const parsed = parseCredentialFilters({ status: ["expired", "pendingValidation"], application: "42", q: undefined });
  assert.deepEqual(parsed, { ...defaultCredentialFilters, status: ["pendingValidation", "expired"], application: 42 });
});

test("bad values are dropped, never thrown", () => {
  const hostile = {
    application: "12abc",
    sort: "password",
    dir: "sideways",
    q: "x".repeat(1000),
    status: "",
    extra: "ignored",
  };
  const parsed = parseCredentialFilters(hostile);
  assert.equal(parsed.application, null);
  assert.equal(parsed.sort, defaultCredentialFilters.sort);
  assert.equal(parsed.dir, defaultCredentialFilters.dir);
  assert.equal(parsed.q.length, 200);
  assert.deepEqual(parsed.status, []);
  for (const application of ["0", "-3", "1.5", "99999999999999999999", " "]) {
    assert.equal(parseCredentialFilters({ application }).application, null, application);
  }
  const wrongShape = { status: 3, application: { a: 1 } } as unknown as Record<string, string>;
  assert.deepEqual(parseCredentialFilters(wrongShape), defaultCredentialFilters);
});

test("serializing leaves defaults out and is stable", () => {
  assert.equal(serializeCredentialFilters(filters()), "");
  const messy = filters({ status: ["refused", "validated", "refused"], finding: ["duplicate", "full-access"] });
  assert.equal(serializeCredentialFilters(messy), "status=validated,refused&finding=full-access,duplicate");
  assert.equal(serializeCredentialFilters(filters({ sort: "id", dir: "asc" })), "sort=id&dir=asc");
});

test("serialize then parse gives the same filters, free text included", () => {
  const original = filters({
    status: ["pendingValidation"],
    application: 7,
    finding: ["billing"],
    q: 'a&b=c, "d" /me/* é',
    sort: "lastUse",
    dir: "asc",
  });
  const query = serializeCredentialFilters(original);
  assert.deepEqual(parseCredentialFilters(new URLSearchParams(query)), original);
  assert.equal(query.includes(" "), false);
});

function sample(): CredentialView[] {
  return [
    makeView({ credentialId: 1, rules: FULL_ACCESS, allowedIPs: null }, { findings: [finding("full-access")] }),
    makeView(
      {
        credentialId: 2,
        applicationId: 5,
        rules: rules("GET /domain/zone/example.com/*"),
        allowedIPs: ["192.0.2.7/32"],
      },
      { application: makeApplication({ applicationId: 5, name: "DNS Updater", applicationKey: "KeyDns0000000001" }) },
    ),
    makeView(
      { credentialId: 30, status: "expired", rules: rules("DELETE /me/api/credential/*") },
      { findings: [finding("expired")] },
    ),
  ];
}

test("facets combine with AND, values within a facet with OR", () => {
  const views = sample();
  const pick = (overrides: Partial<CredentialFilters>) =>
    filterCredentials(views, filters(overrides)).map((view) => view.credentialId);
  assert.deepEqual(pick({}), [1, 2, 30]);
  assert.deepEqual(pick({ status: ["validated"] }), [1, 2]);
  assert.deepEqual(pick({ status: ["validated", "expired"], application: 5 }), [2]);
  assert.deepEqual(pick({ finding: ["full-access", "expired"] }), [1, 30]);
  assert.deepEqual(pick({ finding: ["full-access"], status: ["expired"] }), []);
});

test("free text matches id, application name and key, rules and IPs, case-insensitively", () => {
  const views = sample();
  const search = (q: string) => filterCredentials(views, filters({ q })).map((view) => view.credentialId);
  assert.deepEqual(search("dns updater"), [2]);
  assert.deepEqual(search("KEYDNS"), [2]);
  assert.deepEqual(search("192.0.2.7"), [2]);
  assert.deepEqual(search("/me/api/credential"), [30]);
  assert.deepEqual(search("delete /me/api"), [30]);
  assert.deepEqual(search("30"), [30]);
  assert.deepEqual(search("  "), [1, 2, 30]);
  // Words may come from different fields: the application's key and the credential's own IP.
  assert.deepEqual(search("keydns 192.0.2.7"), [2]);
  assert.deepEqual(search("dns 10.9.9.9"), []);
  assert.deepEqual(search("nothing-like-this"), []);
});

test("10,000 credentials filter correctly", () => {
  const views: CredentialView[] = [];
  for (let i = 1; i <= 10_000; i++) {
    const zone = `zone${i % 100}.example`;
    views.push(
      makeView(
        {
          credentialId: i,
          status: i % 4 === 0 ? "expired" : "validated",
          applicationId: i % 7,
          rules: rules(`GET /domain/zone/${zone}/*`),
          allowedIPs: [`10.0.${i % 256}.0/24`],
        },
        { findings: i % 10 === 0 ? [finding("duplicate")] : [] },
      ),
    );
  }
  const result = filterCredentials(
    views,
    filters({ status: ["validated"], application: 3, finding: ["duplicate"], q: "ZONE70.example" }),
  );
  const expected = views.filter(
    (v) =>
      v.credentialId % 4 !== 0 && v.credentialId % 7 === 3 && v.credentialId % 10 === 0 && v.credentialId % 100 === 70,
  );
  assert.ok(expected.length > 0);
  assert.deepEqual(result, expected);
  const text = filterCredentials(views, filters({ q: "zone42.example" }));
  assert.deepEqual(
    text.map((view) => view.credentialId),
    views.filter((v) => v.credentialId % 100 === 42).map((v) => v.credentialId),
  );
  assert.equal(text.length, 100);
  // A second pass reuses the cached haystacks and must agree with the first.
  assert.deepEqual(filterCredentials(views, filters({ q: "zone42.example" })), text);
});

test("filtering keeps the order it is given, so a list sorted once can be filtered on every keystroke", () => {
  const views: CredentialView[] = [];
  for (let i = 1; i <= 300; i++) {
    views.push(
      makeView(
        {
          credentialId: (i * 7919) % 1000,
          status: (["validated", "expired", "pendingValidation", "refused"] as const)[i % 4],
          applicationId: i % 5,
          rules: i % 3 === 0 ? FULL_ACCESS : rules(`GET /domain/zone/zone${i % 11}.example/*`),
          allowedIPs: i % 2 ? null : [`10.0.${i % 13}.0/24`],
          lastUse: i % 6 === 0 ? null : new Date(Date.UTC(2025, 0, 1 + (i % 40))).toISOString(),
        },
        { application: i % 9 === 0 ? null : makeApplication({ applicationId: i % 5, name: `App ${i % 5}` }) },
      ),
    );
  }
  const cases = [filters(), filters({ q: "zone3" }), filters({ status: ["expired", "validated"], q: "10.0.4" })];
  for (const column of sortColumns) {
    for (const dir of ["asc", "desc"] as const) {
      const sorted = sortCredentials(views, column, dir);
      for (const wanted of cases) {
        assert.deepEqual(
          filterCredentials(sorted, wanted),
          sortCredentials(filterCredentials(views, wanted), column, dir),
          `${column} ${dir} ${JSON.stringify(wanted)}`,
        );
      }
    }
  }
});

test("search text prepared ahead gives the same matches as text built on the first search", () => {
  const search = (views: CredentialView[], q: string) =>
    filterCredentials(views, filters({ q })).map((view) => view.credentialId);
  const prepared = sample();
  assert.equal(prepareCredentialSearch(prepared), prepared.length);
  for (const q of ["dns updater", "192.0.2.7", "delete /me/api", "30", "nothing-like-this"]) {
    assert.deepEqual(search(prepared, q), search(sample(), q), q);
  }
});

test("preparing search text stops when time runs out and resumes where it stopped", () => {
  const views = Array.from({ length: 600 }, (_, i) => makeView({ credentialId: i + 1 }));
  let asked = 0;
  const stopped = prepareCredentialSearch(views, 0, () => {
    asked += 1;
    return false;
  });
  assert.equal(stopped, 250);
  assert.equal(asked, 1);
  assert.equal(
    prepareCredentialSearch(views, stopped, () => true),
    600,
  );
  assert.equal(prepareCredentialSearch(views, 600), 600);
  assert.deepEqual(
    filterCredentials(views, filters({ q: "599" })).map((view) => view.credentialId),
    [599],
  );
});

test("credentials of one application share its text but keep their own", () => {
  const shared = makeApplication({ applicationId: 9, name: "Zone Manager", applicationKey: "KeyZone000000001" });
  const views = [
    makeView({ credentialId: 1, applicationId: 9, allowedIPs: ["203.0.113.1/32"] }, { application: shared }),
    makeView({ credentialId: 2, applicationId: 9, allowedIPs: ["198.51.100.2/32"] }, { application: shared }),
    makeView({ credentialId: 3, applicationId: 4, allowedIPs: ["203.0.113.1/32"] }),
  ];
  const search = (q: string) => filterCredentials(views, filters({ q })).map((view) => view.credentialId);
  assert.deepEqual(search("zone manager"), [1, 2]);
  assert.deepEqual(search("manager 203.0.113.1"), [1]);
  assert.deepEqual(search("203.0.113.1 manager"), [1]);
  assert.deepEqual(search("203.0.113.1"), [1, 3]);
  assert.deepEqual(search("keyzone 198.51"), [2]);
});
