import assert from "node:assert/strict";
import { test } from "node:test";
import type { AccessRule } from "@/lib/ovh/models";
import { expandRuleRows } from "./builder";
import { holdsDashboardRules } from "./dashboard-rules";
import { type RuleTemplate, templateById } from "./templates";

const templateRules = (id: string) => expandRuleRows((templateById(id) as RuleTemplate).rows);
const ruleLabel = (rules: AccessRule[]) => rules.map((r) => `${r.method} ${r.path}`);

test("the ovh-keys template holds everything the dashboard needs", () => {
  const result = holdsDashboardRules(templateRules("ovh-keys"));
  assert.equal(result.ok, true);
  assert.deepEqual(result.missing, []);
  assert.deepEqual(ruleLabel(result.missingOptional), ["PUT /me/api/credential/*"]);
});

test("read-only misses both revocations and nothing else", () => {
  const result = holdsDashboardRules(templateRules("read-only"));
  assert.equal(result.ok, false);
  assert.deepEqual(ruleLabel(result.missing), ["DELETE /me/api/credential/*", "DELETE /me/api/application/*"]);
});

test("full access holds everything, optional edits included", () => {
  const result = holdsDashboardRules(templateRules("full-access"));
  assert.equal(result.ok, true);
  assert.deepEqual(result.missingOptional, []);
});

test("equivalent rules written differently are accepted", () => {
  const rules: AccessRule[] = [
    { method: "GET", path: "/me*" },
    { method: "DELETE", path: "/me/api/*" },
  ];
  assert.equal(holdsDashboardRules(rules).ok, true);
});

test("/x/* alone does not grant the listing call on /x", () => {
  const rules: AccessRule[] = [
    { method: "GET", path: "/me" },
    { method: "GET", path: "/me/api/credential/*" },
    { method: "GET", path: "/me/api/application/*" },
    { method: "DELETE", path: "/me/api/credential/*" },
    { method: "DELETE", path: "/me/api/application/*" },
  ];
  assert.deepEqual(ruleLabel(holdsDashboardRules(rules).missing), [
    "GET /me/api/credential",
    "GET /me/api/application",
  ]);
});

test("a rule pinned to one id does not pass for the wildcard the dashboard needs", () => {
  const rules: AccessRule[] = templateRules("ovh-keys").filter(
    (r) => r.path !== "/me/api/credential/*" || r.method !== "DELETE",
  );
  assert.equal(holdsDashboardRules(rules).ok, false);
  for (const pinned of ["/me/api/credential/123", "/me/api/credential/98765", "/me/api/credential/1*"]) {
    const result = holdsDashboardRules([...rules, { method: "DELETE", path: pinned }]);
    assert.deepEqual(ruleLabel(result.missing), ["DELETE /me/api/credential/*"], pinned);
  }
});

test("a wildcard that skips the batch or sub-resource calls does not pass", () => {
  const base = templateRules("ovh-keys").filter((r) => r.path !== "/me/api/credential/*" || r.method !== "GET");
  const result = holdsDashboardRules([...base, { method: "GET", path: "/me/api/credential/*/application" }]);
  assert.deepEqual(ruleLabel(result.missing), ["GET /me/api/credential/*"]);
});

test("no rules at all misses every required rule", () => {
  const result = holdsDashboardRules([]);
  assert.equal(result.ok, false);
  assert.equal(result.missing.length, 7);
});
