import assert from "node:assert/strict";
import { test } from "node:test";
import { holdsDashboardRules } from "@/lib/access-rules/dashboard-rules";
import { hasFullAccess } from "@/lib/audit/access-rule-scope";
import { connectRequestRules } from "./rules";

test("the default request holds exactly the dashboard's rules and no write access beyond revocation", () => {
  const rules = connectRequestRules("ovh-keys");
  const check = holdsDashboardRules(rules);
  assert.equal(check.ok, true);
  assert.equal(hasFullAccess(rules), false);
  assert.deepEqual(
    rules.filter((rule) => rule.method !== "GET").map((rule) => `${rule.method} ${rule.path}`),
    ["DELETE /me/api/credential/*", "DELETE /me/api/application/*"],
  );
  assert.equal(check.missingOptional.length, 1, "allowed-IP edits are off unless asked for");
});

test("allowed-IP edits add only PUT /me/api/credential/*", () => {
  const rules = connectRequestRules("ovh-keys", { allowIpEdits: true });
  assert.equal(holdsDashboardRules(rules).missingOptional.length, 0);
  assert.deepEqual(rules.at(-1), { method: "PUT", path: "/me/api/credential/*" });
});

test("full access is every method on /*", () => {
  const rules = connectRequestRules("full-access");
  assert.equal(hasFullAccess(rules), true);
  assert.equal(rules.length, 4);
});
