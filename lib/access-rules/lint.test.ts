import assert from "node:assert/strict";
import { test } from "node:test";
import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import type { RuleRow } from "./builder";
import { lintRules } from "./lint";

const row = (method: HttpMethod, path: string, recursive = false): RuleRow => ({ method, path, recursive });
const rule = (method: HttpMethod, path: string): AccessRule => ({ method, path });
const codes = (items: (RuleRow | AccessRule)[]) => lintRules(items).map((f) => f.code);
const find = (items: (RuleRow | AccessRule)[], code: string) => lintRules(items).filter((f) => f.code === code);

test("no rules at all is an error", () => {
  assert.deepEqual(
    lintRules([]).map((f) => [f.level, f.code]),
    [["error", "no-rules"]],
  );
});

test("more than 100 rules after expansion is an error", () => {
  const rows = Array.from({ length: 51 }, (_, i) => row("GET", `/service${i}`, true));
  assert.deepEqual(find(rows, "too-many-rules").length, 1);
  assert.deepEqual(find(rows.slice(0, 50), "too-many-rules").length, 0);
  const rules = Array.from({ length: 101 }, (_, i) => rule("GET", `/service${i}`));
  assert.equal(find(rules, "too-many-rules")[0]?.level, "error");
});

test("malformed paths are errors pointing at their row", () => {
  const findings = lintRules([row("GET", "/me"), row("GET", "/me/../order"), row("POST", "/ip/1.2.3.0%2f24")]);
  assert.deepEqual(
    findings.map((f) => [f.level, f.code, f.ruleIndex]),
    [
      ["error", "dot-segment", 1],
      ["error", "encoded-slash", 2],
    ],
  );
});

test("adversarial paths are refused rather than interpreted", () => {
  const adversarial = ["/me/\u202Etidero", "/me\u0007", "/<script>alert(1)</script>", "/me/%2e%2e/order", "me"];
  for (const path of adversarial) {
    const errors = lintRules([row("GET", path)]).filter((f) => f.level === "error");
    assert.ok(errors.length > 0, JSON.stringify(path));
    assert.ok(errors.every((f) => f.ruleIndex === 0));
  }
});

test("a malformed row gets no advice beyond its errors", () => {
  assert.deepEqual(codes([row("POST", "/me/api/*?x=1")]), ["query-string"]);
});

test("all methods on /* (or *) is one strongly worded full-access warning", () => {
  for (const path of ["/*", "*"]) {
    const findings = lintRules((["GET", "POST", "PUT", "DELETE"] as const).map((m) => row(m, path)));
    assert.deepEqual(
      findings.map((f) => [f.level, f.code]),
      [["warning", "full-access"]],
    );
    assert.match(findings[0]?.message ?? "", /full access/);
  }
});

test("a wildcard on any write method is a warning, a wildcard read is not", () => {
  assert.deepEqual(codes([row("GET", "/*")]), []);
  for (const method of ["POST", "PUT", "DELETE"] as const) {
    const findings = lintRules([row("GET", "/*"), row(method, "*")]);
    assert.deepEqual(
      findings.map((f) => [f.level, f.code, f.ruleIndex]),
      [["warning", "wildcard-write", 1]],
    );
  }
});

test("writes reaching account control are warnings, through wildcards too", () => {
  const cases: [HttpMethod, string][] = [
    ["POST", "/me/api/oauth2/client"],
    ["PUT", "/me/api/credential/*"],
    ["POST", "/me/identity/user"],
    ["POST", "/me/accessRestriction/totp"],
    ["POST", "/me/subAccount/*/createConsumerKey"],
    ["PUT", "/me"],
    ["DELETE", "/me/*"],
    ["POST", "/*/api/*"],
    ["POST", "/me/sshKey"],
  ];
  for (const [method, path] of cases) {
    const findings = find([row(method, path)], "account-control-write");
    assert.equal(findings.length, 1, `${method} ${path}`);
    assert.equal(findings[0]?.level, "warning");
  }
});

test("reading account control and revoking credentials or applications are not flagged", () => {
  assert.deepEqual(codes([row("GET", "/me/api/credential", true), row("GET", "/me/accessRestriction", true)]), []);
  assert.deepEqual(codes([row("DELETE", "/me/api/credential/*"), row("DELETE", "/me/api/application/*")]), []);
  assert.equal(find([row("DELETE", "/me/api/*")], "account-control-write").length, 1);
});

test("writes reaching billing or orders are warnings", () => {
  for (const path of [
    "/order/cart/*/checkout",
    "/me/order/*/payWithRegisteredPaymentMean",
    "/me/debtAccount/pay",
    "/me/payment/method/*",
    "/me/bill/*",
  ]) {
    const findings = find([row("POST", path)], "billing-write");
    assert.equal(findings.length, 1, path);
  }
  assert.deepEqual(codes([row("GET", "/me/bill", true), row("GET", "/order/cart")]), []);
  assert.deepEqual(find([row("POST", "/me/billingX")], "billing-write"), []);
});

test("a write rule on /me/* gets both the account and the billing warning", () => {
  assert.deepEqual(codes([row("POST", "/me/*")]).sort(), ["account-control-write", "billing-write"]);
});

test("a recursive write row gets each kind of warning once, whichever of its rules reaches it", () => {
  // PUT /me reaches only the profile; PUT /me/* reaches billing too.
  const findings = lintRules([row("PUT", "/me", true)]);
  assert.deepEqual(findings.map((f) => [f.code, f.ruleIndex]).sort(), [
    ["account-control-write", 0],
    ["billing-write", 0],
  ]);
});

test("exact duplicates are reported on the later row", () => {
  const findings = find([row("GET", "/me"), row("GET", "/domain"), rule("GET", "/me")], "duplicate");
  assert.deepEqual(
    findings.map((f) => [f.level, f.ruleIndex]),
    [["info", 2]],
  );
  assert.match(findings[0]?.message ?? "", /rule 1/);
});

test("a recursive row repeating an earlier pair is a duplicate", () => {
  const findings = find([rule("GET", "/x"), rule("GET", "/x/*"), row("GET", "/x", true)], "duplicate");
  assert.deepEqual(
    findings.map((f) => f.ruleIndex),
    [2],
  );
});

test("a rule already covered by a wider one of the same method is an overlap, whatever the order", () => {
  for (const items of [
    [row("GET", "/domain/*"), row("GET", "/domain/zone/x")],
    [row("GET", "/domain/zone/x"), row("GET", "/domain/*")],
  ]) {
    const findings = find(items, "overlap");
    assert.equal(findings.length, 1);
    assert.equal(items[findings[0]?.ruleIndex ?? -1]?.path, "/domain/zone/x");
    assert.match(findings[0]?.message ?? "", /GET \/domain\/zone\/x is already granted by GET \/domain\/\*/);
  }
});

test("overlap needs the same method and real coverage", () => {
  assert.deepEqual(find([row("GET", "/domain/*"), row("POST", "/domain/zone/x/record")], "overlap"), []);
  assert.deepEqual(find([row("GET", "/domain/zone/*"), row("GET", "/domain/*/x")], "overlap"), []);
  assert.equal(find([row("GET", "/domain/*"), row("GET", "/domain/zone/*/record")], "overlap").length, 1);
});

test("two different patterns covering each other are reported once", () => {
  assert.deepEqual(
    find([row("GET", "/me*"), row("GET", "/me**")], "overlap").map((f) => f.ruleIndex),
    [1],
  );
});

test("a recursive row is an overlap only when both of its rules are covered", () => {
  assert.deepEqual(find([row("GET", "/me/*"), row("GET", "/me/api", true)], "overlap").length, 1);
  assert.deepEqual(find([row("GET", "/me/api/*"), row("GET", "/me/api", true)], "overlap").length, 0);
});

test("a GET /x/* without /x suggests making the rule recursive", () => {
  const findings = find([row("GET", "/me/bill/*")], "suggest-recursive");
  assert.deepEqual(
    findings.map((f) => [f.level, f.ruleIndex]),
    [["info", 0]],
  );
  assert.deepEqual(find([row("GET", "/me/bill/*"), row("GET", "/me/bill")], "suggest-recursive"), []);
  assert.deepEqual(
    find([row("GET", "/me/bill/*"), row("GET", "/me/*")], "suggest-recursive").map((f) => f.ruleIndex),
    [1],
  );
  assert.deepEqual(find([row("GET", "/me/bill/*"), row("GET", "/me*")], "suggest-recursive"), []);
  assert.deepEqual(find([row("GET", "/me/bill", true)], "suggest-recursive"), []);
  assert.deepEqual(find([row("GET", "/*")], "suggest-recursive"), []);
});

test("writes on /x/* suggest recursion only where the API has that call on /x", () => {
  assert.deepEqual(find([row("DELETE", "/me/api/credential/*")], "suggest-recursive"), []);
  assert.deepEqual(find([row("DELETE", "/domain/zone/*/record/*")], "suggest-recursive"), []);
  assert.equal(find([row("POST", "/domain/zone/*/record/*")], "suggest-recursive").length, 1);
});

test("findings come errors first, then warnings, then hints", () => {
  const findings = lintRules([row("GET", "/me/bill/*"), row("POST", "/*"), row("GET", "/me/..")]);
  assert.deepEqual(
    findings.map((f) => f.level),
    ["error", "warning", "info"],
  );
});

test("access rules from an existing credential are linted like plain rows", () => {
  assert.deepEqual(codes([rule("GET", "/me"), rule("GET", "/me")]), ["duplicate"]);
});

test("every finding message is one sentence", () => {
  const findings = lintRules([
    row("GET", "/*"),
    row("POST", "/*"),
    row("PUT", "/*"),
    row("DELETE", "/*"),
    row("POST", "/me/*"),
    row("GET", "/me/bill/*"),
    row("GET", "/me/bill/*"),
    row("GET", "/x/{id}"),
    row("GET", "/a b"),
  ]);
  assert.ok(findings.length >= 6);
  for (const finding of findings) {
    assert.match(finding.message, /^[A-Z{/].*[.?]$/, finding.message);
    assert.doesNotMatch(finding.message.slice(0, -1), /[.?!] [A-Z]/, finding.message);
  }
});
