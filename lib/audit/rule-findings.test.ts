import assert from "node:assert/strict";
import { test } from "node:test";
import { ruleFindings } from "./rule-findings";
import { FULL_ACCESS, ids, rules } from "./test-fixtures";

test("no rules and narrow rules give no rule finding", () => {
  assert.deepEqual(ruleFindings([]), []);
  assert.deepEqual(ruleFindings(rules("GET /domain/zone/example.com/*", "POST /domain/zone/example.com/record")), []);
});

test("full access is one critical finding that replaces the narrower ones", () => {
  const findings = ruleFindings([...FULL_ACCESS, ...rules("DELETE /me/api/credential/*", "POST /order/*")]);
  assert.deepEqual(ids(findings), ["full-access"]);
  assert.equal(findings[0]?.severity, "critical");
});

test("full access counts * and /* alike", () => {
  assert.deepEqual(ids(ruleFindings(rules("GET *", "POST *", "PUT /*", "DELETE *"))), ["full-access"]);
});

test("writing on every path without full access names the write methods", () => {
  const findings = ruleFindings(rules("POST /*", "DELETE *"));
  assert.deepEqual(ids(findings), ["write-everything"]);
  assert.match(findings[0]?.explanation ?? "", /POST, DELETE/);
});

test("reading everything is sensitive reading of account security and billing, not writing", () => {
  const findings = ruleFindings(rules("GET /*"));
  assert.deepEqual(ids(findings), ["account-control", "billing"]);
  assert.equal(findings[0]?.severity, "medium");
  assert.equal(findings[1]?.severity, "low");
});

test("write-everything still reports reads of account security from its GET rules", () => {
  const findings = ruleFindings(rules("GET /*", "POST /*"));
  assert.deepEqual(ids(findings), ["write-everything", "account-control", "billing"]);
  assert.equal(findings.find((f) => f.id === "account-control")?.severity, "medium");
});

test("writing under /me/api is critical account control", () => {
  const findings = ruleFindings(rules("DELETE /me/api/credential/*"));
  assert.deepEqual(ids(findings), ["account-control"]);
  assert.equal(findings[0]?.severity, "critical");
  assert.match(findings[0]?.explanation ?? "", /\/me\/api/);
});

test("each account-control area is detected, with mid-path wildcards too", () => {
  for (const path of ["/me/identity/user", "/me/accessRestriction/totp", "/me/subAccount/*", "/me/api/oauth2/client"]) {
    assert.deepEqual(ids(ruleFindings(rules(`POST ${path}`))), ["account-control"], path);
  }
  assert.deepEqual(ids(ruleFindings(rules("DELETE /me/api/*/123"))), ["account-control"]);
  // "/me/*/user" could be "/me/bill/user" as well: a wildcard reaches every area it can stand for.
  assert.deepEqual(ids(ruleFindings(rules("POST /me/*/user"))), ["account-control", "billing"]);
});

test("PUT /me is account control but GET /me is not", () => {
  assert.deepEqual(ids(ruleFindings(rules("PUT /me"))), ["account-control"]);
  assert.deepEqual(ids(ruleFindings(rules("GET /me"))), []);
});

test("a path that only shares a prefix with an area is not in it", () => {
  assert.deepEqual(ids(ruleFindings(rules("POST /me/apiculture", "GET /me/billing-address"))), []);
});

test("billing writes are high, reads are low", () => {
  const write = ruleFindings(rules("POST /order/cart/*/checkout"));
  assert.deepEqual(ids(write), ["billing"]);
  assert.equal(write[0]?.severity, "high");
  const read = ruleFindings(rules("GET /me/bill/*"));
  assert.equal(read[0]?.severity, "low");
  assert.match(read[0]?.explanation ?? "", /\/me\/bill/);
});

test("GET /me/* reads both account security and billing", () => {
  assert.deepEqual(ids(ruleFindings(rules("GET /me/*"))), ["account-control", "billing"]);
});

test("many areas are listed briefly", () => {
  const [account] = ruleFindings(rules("POST /me/*"));
  assert.match(account?.explanation ?? "", /and \d+ more/);
});

test("the same rules give the same frozen findings; different rules never share them", () => {
  const first = ruleFindings(rules("GET /me/*"));
  assert.equal(ruleFindings(rules("GET /me/*")), first);
  assert.ok(Object.isFrozen(first) && first.every((finding) => Object.isFrozen(finding)));
  // A path holding what a separator could look like must not be mistaken for two rules.
  const crafted = ruleFindings([{ method: "GET", path: "/a\nPOST /*" }]);
  const split = ruleFindings([...rules("GET /a"), ...rules("POST /*")]);
  assert.deepEqual(ids(split), ["write-everything"]);
  assert.notEqual(crafted, split);
});
