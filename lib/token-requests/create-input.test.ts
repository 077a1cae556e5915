import assert from "node:assert/strict";
import { test } from "node:test";
import { createTokenRequestSchema, tokenRequestIdSchema } from "./create-input";

const rows = [{ method: "GET", path: "/me", recursive: true }];

test("the form input carries the expanded rules and the replaced credential", () => {
  const value = createTokenRequestSchema.parse({ rows, replaces: 42, allowedIPs: "192.0.2.1" });
  assert.equal(value.replaces, 42);
  assert.deepEqual(value.accessRules, [
    { method: "GET", path: "/me" },
    { method: "GET", path: "/me/*" },
  ]);
  assert.deepEqual(value.allowedIPs, ["192.0.2.1/32"]);
  assert.equal(createTokenRequestSchema.parse({ rows }).replaces, undefined);
});

test("a replaced id must be a positive whole number, and rule errors still surface by row", () => {
  const result = createTokenRequestSchema.safeParse({ rows: [{ method: "GET", path: "me/../x" }], replaces: -1 });
  assert.equal(result.success, false);
  const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
  assert.ok(paths.includes("replaces"));
  assert.ok(paths.some((path) => path.startsWith("rows.0")));
});

test("token request ids are UUIDs", () => {
  assert.equal(tokenRequestIdSchema.safeParse(crypto.randomUUID()).success, true);
  assert.equal(tokenRequestIdSchema.safeParse("../../etc").success, false);
  assert.equal(tokenRequestIdSchema.safeParse(42).success, false);
});
