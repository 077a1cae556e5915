import assert from "node:assert/strict";
import { test } from "node:test";
import { ruleGrants, rulesGrant } from "./match";

test("/* grants every path for its method only", () => {
  assert.equal(ruleGrants({ method: "GET", path: "/*" }, "GET", "/me/api/credential/1"), true);
  assert.equal(ruleGrants({ method: "GET", path: "/*" }, "DELETE", "/me"), false);
});

test("/x/* grants below /x but not /x itself", () => {
  const rule = { method: "GET", path: "/domain/zone/*" } as const;
  assert.equal(ruleGrants(rule, "GET", "/domain/zone/example.com/record"), true);
  assert.equal(ruleGrants(rule, "GET", "/domain/zone"), false);
});

test("a mid-path wildcard matches one or more segments and an exact rule only itself", () => {
  assert.equal(rulesGrant([{ method: "POST", path: "/sms/*/jobs" }], "POST", "/sms/sms-ab123/jobs"), true);
  assert.equal(rulesGrant([{ method: "GET", path: "/me" }], "GET", "/me/api"), false);
  assert.equal(
    rulesGrant([{ method: "GET", path: "/domain/zone/x.com/record*" }], "GET", "/domain/zone/x.com/record"),
    true,
  );
});

test("regex metacharacters in a path are literal", () => {
  assert.equal(ruleGrants({ method: "GET", path: "/a.b" }, "GET", "/aXb"), false);
  assert.equal(ruleGrants({ method: "GET", path: "/a(b)" }, "GET", "/a(b)"), true);
});
