import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRulePath, maxPathLength } from "./path-checks";

const codes = (path: string) => checkRulePath(path).map((p) => p.code);
const levelOf = (path: string, code: string) => checkRulePath(path).find((p) => p.code === code)?.level;

test("ordinary paths, mid-path wildcards and a bare * pass", () => {
  for (const path of [
    "/me",
    "/*",
    "*",
    "/domain/zone/*/record/*",
    "/me/api/credential",
    "/ip/*/reverse",
    "/a-b_c.d~e:f@g",
  ]) {
    assert.deepEqual(codes(path), [], path);
  }
});

test("an empty or blank path is an error and nothing else is said", () => {
  assert.deepEqual(codes(""), ["empty-path"]);
  assert.deepEqual(codes("   "), ["empty-path"]);
});

test("a path must start with / unless it is exactly *", () => {
  assert.deepEqual(codes("me/api"), ["missing-leading-slash"]);
  assert.deepEqual(codes("*/me"), ["missing-leading-slash"]);
  assert.equal(levelOf("me", "missing-leading-slash"), "error");
});

test("dot segments are refused, also when percent-encoded", () => {
  for (const path of ["/me/../order", "/me/./api", "/..", "/me/%2e%2e/order", "/me/%2E/api"]) {
    assert.ok(codes(path).includes("dot-segment"), path);
  }
  assert.deepEqual(codes("/domain/zone/example.com"), []);
  assert.deepEqual(codes("/me/..hidden"), []);
});

test("percent-encoded slashes and backslashes are refused in either case", () => {
  for (const path of ["/ip/192.0.2.0%2F24", "/ip/192.0.2.0%2f24/reverse", "/me%5capi"]) {
    assert.ok(codes(path).includes("encoded-slash"), path);
  }
});

test("a stray % is malformed percent-encoding", () => {
  assert.ok(codes("/me/100%").includes("bad-percent-encoding"));
  assert.ok(codes("/me/%zz").includes("bad-percent-encoding"));
  assert.deepEqual(codes("/me/a%20b"), []);
});

test("whitespace and control characters are refused, encoded controls too", () => {
  assert.deepEqual(codes("/me /api"), ["whitespace"]);
  assert.deepEqual(codes("/me\t"), ["whitespace"]);
  assert.deepEqual(codes("/me\u0000"), ["control-character"]);
  assert.deepEqual(codes("/me\u007f"), ["control-character"]);
  assert.deepEqual(codes("/me%00"), ["control-character"]);
  assert.deepEqual(codes("/me\u200b/api"), ["control-character"]);
});

test("bidirectional overrides such as U+202E are refused", () => {
  for (const path of ["/me/\u202Eipa", "/me\u2066/api\u2069", "/me/\u200Fx"]) {
    assert.ok(codes(path).includes("bidi-control"), JSON.stringify(path));
  }
});

test("messages never repeat the path, so disguised characters cannot reach the page", () => {
  for (const path of ["/me/\u202Eipa", "/<script>alert(1)</script>", "/me\u0000"]) {
    for (const problem of checkRulePath(path)) {
      assert.ok(!problem.message.includes("\u202E") && !problem.message.includes("<script>"), problem.message);
    }
  }
});

test("markup and other non-path characters are invalid", () => {
  for (const path of ["/<script>alert(1)</script>", '/me/"x"', "/me\\api", "/me/é", "/me/[1]", "/me|x", "/me^"]) {
    assert.ok(codes(path).includes("invalid-character"), path);
  }
});

test("query strings and fragments are refused", () => {
  assert.deepEqual(codes("/domain/zone/x/record?fieldType=TXT"), ["query-string"]);
  assert.deepEqual(codes("/me#x"), ["fragment"]);
});

test("an unreplaced {param} is a warning that names the placeholder", () => {
  const problems = checkRulePath("/domain/zone/{zoneName}/record");
  assert.deepEqual(
    problems.map((p) => [p.level, p.code]),
    [["warning", "placeholder"]],
  );
  assert.match(problems[0]?.message ?? "", /\{zoneName\}.*\*/);
  assert.ok(codes("/me/{x").includes("invalid-character"));
});

test("a path over the length limit is an error", () => {
  assert.deepEqual(codes(`/${"a".repeat(maxPathLength - 1)}`), []);
  assert.ok(codes(`/${"a".repeat(maxPathLength)}`).includes("path-too-long"));
});

test("an empty segment is a warning", () => {
  assert.equal(levelOf("/me//api", "empty-segment"), "warning");
  assert.equal(levelOf("//me", "empty-segment"), "warning");
});
