import assert from "node:assert/strict";
import { test } from "node:test";
import { expandRuleRows } from "./builder";
import { lintRules } from "./lint";
import { rulesGrant } from "./match";
import {
  applyZone,
  dashboardOptionalRules,
  dashboardRequiredRules,
  type RuleTemplate,
  ruleTemplates,
  templateById,
} from "./templates";

const acme = () => templateById("acme-dns") as RuleTemplate;

test("every template has a unique id and is found by it", () => {
  const ids = ruleTemplates.map((t) => t.id);
  assert.deepEqual(ids, ["read-only", "full-access", "ovh-keys", "acme-dns", "billing-read", "inventory-read"]);
  for (const id of ids) assert.equal(templateById(id)?.id, id);
  assert.equal(templateById("nope"), undefined);
});

test("templates other than full access produce rules the linter has nothing to say about", () => {
  for (const template of ruleTemplates.filter((t) => t.id !== "full-access")) {
    assert.deepEqual(lintRules(template.rows), [], template.id);
    assert.equal(template.warning, undefined, template.id);
  }
});

test("full access lints to exactly its full-access warning and carries a warning text", () => {
  const template = templateById("full-access") as RuleTemplate;
  assert.deepEqual(
    lintRules(template.rows).map((f) => [f.level, f.code]),
    [["warning", "full-access"]],
  );
  assert.ok((template.warning ?? "").length > 20);
});

test("read-only grants every GET and nothing else", () => {
  const rules = expandRuleRows((templateById("read-only") as RuleTemplate).rows);
  assert.equal(rulesGrant(rules, "GET", "/dedicated/server/ns1/ips"), true);
  assert.equal(rulesGrant(rules, "POST", "/order/cart"), false);
});

test("the ovh-keys template rules are the dashboard's required rules, in the documented order", () => {
  assert.deepEqual(expandRuleRows((templateById("ovh-keys") as RuleTemplate).rows), [...dashboardRequiredRules]);
  assert.deepEqual(
    dashboardRequiredRules.map((r) => `${r.method} ${r.path}`),
    [
      "GET /me",
      "GET /me/api/credential",
      "GET /me/api/credential/*",
      "GET /me/api/application",
      "GET /me/api/application/*",
      "DELETE /me/api/credential/*",
      "DELETE /me/api/application/*",
    ],
  );
  assert.deepEqual(dashboardOptionalRules, [{ method: "PUT", path: "/me/api/credential/*" }]);
});

test("the optional allowed-IP edit rule is flagged when added, as it can lift IP restrictions", () => {
  const template = templateById("ovh-keys") as RuleTemplate;
  const findings = lintRules([...template.rows, ...(template.optionalRows ?? [])]);
  assert.deepEqual(
    findings.map((f) => f.code),
    ["account-control-write"],
  );
});

test("acme-dns grants the calls acme.sh and cert-manager make for a challenge, and no PUT", () => {
  const rules = expandRuleRows(acme().rows);
  const calls: [string, string][] = [
    ["GET", "/domain/zone/example.com"],
    ["GET", "/domain/zone/example.com/status"],
    ["GET", "/domain/zone/example.com/record"],
    ["GET", "/domain/zone/example.com/record/42"],
    ["POST", "/domain/zone/example.com/record"],
    ["POST", "/domain/zone/example.com/refresh"],
    ["DELETE", "/domain/zone/example.com/record/42"],
  ];
  for (const [method, path] of calls) assert.equal(rulesGrant(rules, method, path), true, `${method} ${path}`);
  assert.equal(rulesGrant(rules, "DELETE", "/domain/zone/example.com"), false);
  assert.equal(rulesGrant(rules, "POST", "/domain/zone/example.com/dnssec"), false);
  assert.ok(rules.every((r) => r.method !== "PUT"));
});

test("applyZone narrows every zone wildcard to the zone and keeps the zone's own calls", () => {
  const result = applyZone(acme(), " Example.COM. ");
  assert.ok(result.ok);
  const rules = expandRuleRows(result.template.rows);
  assert.deepEqual(
    rules.map((r) => `${r.method} ${r.path}`),
    [
      "GET /domain/zone/example.com",
      "GET /domain/zone/example.com/*",
      "POST /domain/zone/example.com/record",
      "POST /domain/zone/example.com/refresh",
      "DELETE /domain/zone/example.com/record/*",
    ],
  );
  assert.equal(rulesGrant(rules, "POST", "/domain/zone/other.org/record"), false);
  assert.equal(rulesGrant(rules, "GET", "/domain/zone/example.com/status"), true);
  assert.deepEqual(lintRules(result.template.rows), []);
  assert.equal(acme().rows[0]?.path, "/domain/zone/*", "the original template is left as it was");
});

test("applyZone refuses names that are not DNS zones, wildcards and paths included", () => {
  for (const zone of ["", "*", "example", "exa mple.com", "example.com/record", "../me", "-bad.com", "a..b", "é.com"]) {
    const result = applyZone(acme(), zone);
    assert.equal(result.ok, false, JSON.stringify(zone));
  }
  assert.equal(applyZone(acme(), "xn--bcher-kva.example").ok, true);
});

test("applyZone refuses templates without a zone", () => {
  assert.equal(applyZone(templateById("read-only") as RuleTemplate, "example.com").ok, false);
});

test("billing-read and inventory-read only read", () => {
  for (const id of ["billing-read", "inventory-read"]) {
    const rules = expandRuleRows((templateById(id) as RuleTemplate).rows);
    assert.ok(rules.length > 5);
    assert.ok(
      rules.every((r) => r.method === "GET"),
      id,
    );
  }
  const billing = expandRuleRows((templateById("billing-read") as RuleTemplate).rows);
  assert.equal(rulesGrant(billing, "GET", "/me/bill"), true);
  assert.equal(rulesGrant(billing, "GET", "/me/bill/FR123/details"), true);
  assert.equal(rulesGrant(billing, "GET", "/me/api/credential"), false);
  const inventory = expandRuleRows((templateById("inventory-read") as RuleTemplate).rows);
  assert.equal(rulesGrant(inventory, "GET", "/dedicated/server"), true);
  assert.equal(rulesGrant(inventory, "GET", "/cloud/project/abc/instance"), true);
  assert.equal(rulesGrant(inventory, "GET", "/me/bill"), false);
});

test("every template says what validity to pick, and Unlimited only ever comes with a restriction", () => {
  for (const template of ruleTemplates) {
    const hint = template.validityHint ?? "";
    assert.ok(hint.length > 20, template.id);
    if (/unlimited/i.test(hint)) assert.match(hint, /restrict|narrow/i, template.id);
  }
});
