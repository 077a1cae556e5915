import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIdParam } from "./params";

test("a plain positive integer is an id", () => {
  assert.equal(parseIdParam("385012345"), 385012345);
  assert.equal(parseIdParam("1"), 1);
});

test("anything else is not", () => {
  for (const raw of ["", "0", "-1", "012", "1.5", "1e3", "abc", " 12", "99999999999999999", "%31"]) {
    assert.equal(parseIdParam(raw), null, raw);
  }
});
