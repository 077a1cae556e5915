import assert from "node:assert/strict";
import { test } from "node:test";
import { describeRule, summarizeRules } from "./rule-description";
import { FULL_ACCESS, rules } from "./test-fixtures";

const say = (spec: string) => describeRule(rules(spec)[0] ?? { method: "GET", path: "" });

test("rules on every path read as everything, for * and /* alike", () => {
  assert.equal(say("GET /*"), "Read everything");
  assert.equal(say("GET *"), "Read everything");
  assert.equal(say("DELETE /*"), "Delete anything");
  assert.equal(say("POST *"), "Create anything");
  assert.equal(say("PUT /**"), "Change anything");
});

test("exact paths and subtrees are described in plain words", () => {
  assert.equal(say("GET /me"), "Read /me");
  assert.equal(say("PUT /me"), "Change /me");
  assert.equal(say("POST /domain/zone/example.com/record"), "Create under /domain/zone/example.com/record");
  assert.equal(say("DELETE /me/api/credential/*"), "Delete anything under /me/api/credential");
  assert.equal(say("GET /domain/*"), "Read everything under /domain");
});

test("other wildcards are shown as written", () => {
  assert.equal(say("POST /sms/*/jobs"), "Create under paths matching /sms/*/jobs");
  assert.equal(say("GET /domain/zone/x.com/record*"), "Read paths matching /domain/zone/x.com/record*");
  assert.equal(say("DELETE /*/x/*"), "Delete paths matching /*/x/*");
  assert.equal(say("GET "), 'Read ""');
});

test("summaries name full access and read-only everything", () => {
  assert.equal(summarizeRules([]), "No access rules");
  assert.equal(summarizeRules(FULL_ACCESS), "Full access");
  assert.equal(summarizeRules(rules("DELETE *", "PUT /*", "POST /*", "GET *", "GET /me")), "Full access");
  assert.equal(summarizeRules(rules("GET /*")), "Read-only everything");
  assert.equal(summarizeRules(rules("GET *", "GET /me")), "Read-only everything");
});

test("partial everything access lists the methods and the rest", () => {
  assert.equal(summarizeRules(rules("GET /*", "POST /*")), "GET, POST on everything");
  assert.equal(summarizeRules(rules("GET /*", "DELETE /me/api/credential/*")), "GET on everything + 1 more rule");
  assert.equal(summarizeRules(rules("DELETE /*", "GET /me", "GET /a")), "DELETE on everything + 2 more rules");
});

test("a single rule is described, repeats counted once", () => {
  assert.equal(summarizeRules(rules("GET /me", "GET /me")), "Read /me");
});

test("several rules show their shared prefix", () => {
  assert.equal(
    summarizeRules(
      rules(
        "GET /domain/zone/example.com/record",
        "POST /domain/zone/example.com/record",
        "DELETE /domain/zone/example.com/record/*",
        "POST /domain/zone/example.com/refresh",
      ),
    ),
    "4 rules on /domain/zone/example.com/…",
  );
  assert.equal(
    summarizeRules(rules("GET /domain/zone/a.com", "GET /domain/zone/b.com")),
    "Read-only: 2 rules on /domain/zone/…",
  );
  assert.equal(summarizeRules(rules("GET /me", "PUT /me")), "2 rules on /me");
  assert.equal(summarizeRules(rules("GET /me", "POST /domain", "GET /ip")), "3 rules on 3 paths");
  assert.equal(summarizeRules(rules("GET /*/a", "GET /*/b")), "Read-only: 2 rules on 2 paths");
});
