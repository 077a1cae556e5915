import assert from "node:assert/strict";
import { test } from "node:test";
import type { AccessRule } from "@/lib/ovh/models";
import { collapseRules, expandRuleRows, normalizePath, type RuleRow } from "./builder";

const row = (method: RuleRow["method"], path: string, recursive = false): RuleRow => ({ method, path, recursive });
const sortRules = (rules: AccessRule[]) => rules.map((r) => `${r.method} ${r.path}`).sort();

test("normalizePath trims and adds the missing leading slash but keeps a bare *", () => {
  assert.equal(normalizePath("  /me  "), "/me");
  assert.equal(normalizePath("me/api"), "/me/api");
  assert.equal(normalizePath("*"), "*");
  assert.equal(normalizePath(" * "), "*");
  assert.equal(normalizePath("*/x"), "/*/x");
  assert.equal(normalizePath("   "), "");
});

test("a plain row becomes one rule with its normalized path", () => {
  assert.deepEqual(expandRuleRows([row("GET", " me ")]), [{ method: "GET", path: "/me" }]);
});

test("a recursive row grants the path and everything below it, as python-ovh does", () => {
  assert.deepEqual(expandRuleRows([row("GET", "/domain/zone", true)]), [
    { method: "GET", path: "/domain/zone" },
    { method: "GET", path: "/domain/zone/*" },
  ]);
});

test("recursion strips trailing slashes, stars and spaces before adding /*", () => {
  for (const path of ["/me/api/", "/me/api/*", "/me/api//**", "/me/api/ * "]) {
    assert.deepEqual(expandRuleRows([row("DELETE", path, true)]), [
      { method: "DELETE", path: "/me/api" },
      { method: "DELETE", path: "/me/api/*" },
    ]);
  }
});

test("a recursive / or * grants only /*", () => {
  assert.deepEqual(expandRuleRows([row("GET", "/", true)]), [{ method: "GET", path: "/*" }]);
  assert.deepEqual(expandRuleRows([row("PUT", "*", true)]), [{ method: "PUT", path: "/*" }]);
  assert.deepEqual(expandRuleRows([row("GET", "/*", true)]), [{ method: "GET", path: "/*" }]);
});

test("a bare * without recursion stays *", () => {
  assert.deepEqual(expandRuleRows([row("GET", "*")]), [{ method: "GET", path: "*" }]);
});

test("duplicates across rows are dropped and the first occurrence keeps its place", () => {
  const rules = expandRuleRows([row("GET", "/me"), row("GET", "/x/*"), row("GET", "/x", true), row("GET", "/me")]);
  assert.deepEqual(rules, [
    { method: "GET", path: "/me" },
    { method: "GET", path: "/x/*" },
    { method: "GET", path: "/x" },
  ]);
});

test("the same path under two methods is two rules", () => {
  assert.equal(expandRuleRows([row("GET", "/me"), row("PUT", "/me")]).length, 2);
});

test("collapse pairs /x and /x/* of one method into one recursive row", () => {
  const rows = collapseRules([
    { method: "GET", path: "/me/api/credential" },
    { method: "DELETE", path: "/me/api/credential/*" },
    { method: "GET", path: "/me/api/credential/*" },
  ]);
  assert.deepEqual(rows, [row("GET", "/me/api/credential", true), row("DELETE", "/me/api/credential/*")]);
});

test("collapse places the pair where either half first appeared", () => {
  const rows = collapseRules([
    { method: "GET", path: "/x/*" },
    { method: "GET", path: "/me" },
    { method: "GET", path: "/x" },
  ]);
  assert.deepEqual(rows, [row("GET", "/x", true), row("GET", "/me")]);
});

test("collapse does not pair across methods nor rules whose base would be rewritten", () => {
  assert.deepEqual(
    collapseRules([
      { method: "GET", path: "/x" },
      { method: "PUT", path: "/x/*" },
    ]),
    [row("GET", "/x"), row("PUT", "/x/*")],
  );
  // Expanding a recursive "/x*" would give "/x", so this pair must stay two plain rows.
  assert.deepEqual(
    collapseRules([
      { method: "GET", path: "/x*" },
      { method: "GET", path: "/x*/*" },
    ]),
    [row("GET", "/x*"), row("GET", "/x*/*")],
  );
  assert.deepEqual(collapseRules([{ method: "GET", path: "/*" }]), [row("GET", "/*")]);
});

test("collapsed rows expand back to the same set of rules", () => {
  const rules: AccessRule[] = [
    { method: "GET", path: "/*" },
    { method: "GET", path: "/me" },
    { method: "POST", path: "/domain/zone/*/record" },
    { method: "GET", path: "/domain/zone/*/record/*" },
    { method: "GET", path: "/me/*" },
    { method: "DELETE", path: "/me/api/credential/*" },
    { method: "GET", path: "/domain/zone/*/record" },
    { method: "GET", path: "/me" },
  ];
  const collapsed = collapseRules(rules);
  assert.equal(collapsed.filter((r) => r.recursive).length, 2);
  assert.deepEqual(sortRules(expandRuleRows(collapsed)), [...new Set(sortRules(rules))]);
});

test("recursive rows survive expand then collapse unchanged", () => {
  const rows = [row("GET", "/me/api/credential", true), row("DELETE", "/me/api/credential/*"), row("GET", "/me")];
  assert.deepEqual(collapseRules(expandRuleRows(rows)), rows);
});
