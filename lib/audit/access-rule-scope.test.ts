import assert from "node:assert/strict";
import { test } from "node:test";
import { everythingMethods, hasFullAccess, isEverythingPattern, normalizeRules } from "./access-rule-scope";
import { FULL_ACCESS, rules } from "./test-fixtures";

test("* and /* and their repeated-star forms cover every path", () => {
  for (const pattern of ["*", "/*", "**", "/**", "*/*"]) assert.equal(isEverythingPattern(pattern), true, pattern);
});

test("patterns with a literal segment, or not ending with a star, do not cover every path", () => {
  for (const pattern of ["/", "", "*/", "/me/*", "/*/api", " /*", "/* "]) {
    assert.equal(isEverythingPattern(pattern), false, JSON.stringify(pattern));
  }
});

test("full access needs every method on every path, with * and /* mixed", () => {
  assert.equal(hasFullAccess(FULL_ACCESS), true);
  assert.equal(hasFullAccess(rules("GET *", "POST /*", "PUT **", "DELETE *")), true);
  assert.equal(hasFullAccess(rules("GET /*", "POST /*", "PUT /*")), false);
  assert.equal(hasFullAccess(rules("GET /*", "POST /*", "PUT /*", "DELETE /me/*")), false);
  assert.equal(hasFullAccess([]), false);
});

test("everything methods come back in GET, POST, PUT, DELETE order", () => {
  assert.deepEqual(everythingMethods(rules("DELETE *", "GET /*", "GET /me")), ["GET", "DELETE"]);
});

test("normalizing rules removes repeats and orders by path then method", () => {
  assert.deepEqual(
    normalizeRules(rules("DELETE /me", "GET /me", "GET /a", "DELETE /me")),
    rules("GET /a", "GET /me", "DELETE /me"),
  );
});
