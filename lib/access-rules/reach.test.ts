import assert from "node:assert/strict";
import { test } from "node:test";
import { patternReachesPath, patternReachesPrefix } from "./reach";

test("a wildcard anywhere before the prefix ends reaches it", () => {
  assert.equal(patternReachesPath("/*", "/me/api"), true);
  assert.equal(patternReachesPath("*", "/me/api"), true);
  assert.equal(patternReachesPath("/me/*", "/me/api"), true);
  assert.equal(patternReachesPath("/*/api/credential", "/me/api"), true);
});

test("exact paths reach only themselves and what is below them", () => {
  assert.equal(patternReachesPath("/me/api/credential", "/me/api"), true);
  assert.equal(patternReachesPath("/me/api", "/me/api"), true);
  assert.equal(patternReachesPath("/me", "/me/api"), false);
  assert.equal(patternReachesPath("/me/apiculture", "/me/api"), false);
  assert.equal(patternReachesPath("/domain/zone/*", "/me/api"), false);
});

test("prefix reach does not care about segment boundaries", () => {
  assert.equal(patternReachesPrefix("/me/bi*", "/me/bill"), true);
  assert.equal(patternReachesPrefix("/me/order", "/me/bill"), false);
});
