import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { tokenRequestInputSchema } from "./input-schema";

const base = { rows: [{ method: "GET", path: "/me", recursive: false }] };
const fieldErrors = (input: unknown): [string, string][] => {
  const result = tokenRequestInputSchema.safeParse(input);
  assert.equal(result.success, false, "expected the input to be refused");
  return result.error?.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]) ?? [];
};

test("a minimal request parses and carries the expanded access rules", () => {
  const value = tokenRequestInputSchema.parse({
    rows: [
      { method: "GET", path: "/me/api/credential", recursive: true },
      { method: "DELETE", path: "/me/api/credential/*" },
    ],
  });
  assert.deepEqual(value.accessRules, [
    { method: "GET", path: "/me/api/credential" },
    { method: "GET", path: "/me/api/credential/*" },
    { method: "DELETE", path: "/me/api/credential/*" },
  ]);
  assert.equal(value.rows[1]?.recursive, false, "recursive defaults to off");
  assert.deepEqual(value.allowedIPs, []);
  assert.equal(value.redirection, undefined);
  assert.equal(value.applicationKey, undefined);
});

test("rows must number between 1 and 100", () => {
  assert.deepEqual(fieldErrors({ rows: [] }), [["rows", "Add at least one rule."]]);
  const many = Array.from({ length: 101 }, (_, i) => ({ method: "GET", path: `/s${i}`, recursive: false }));
  assert.ok(fieldErrors({ rows: many }).some(([path, message]) => path === "rows" && /at most 100/.test(message)));
});

test("rows expanding past 100 rules are refused even when there are fewer rows", () => {
  const rows = Array.from({ length: 60 }, (_, i) => ({ method: "GET", path: `/s${i}`, recursive: true }));
  assert.ok(fieldErrors({ rows }).some(([path, message]) => path === "rows" && /120 rules/.test(message)));
});

test("malformed paths are refused on their own row with the linter's message", () => {
  const errors = fieldErrors({
    rows: [
      { method: "GET", path: "/me" },
      { method: "GET", path: "/me/../order" },
      { method: "POST", path: "/me/\u202Eipa" },
      { method: "GET", path: "/<script>alert(1)</script>" },
    ],
  });
  assert.deepEqual(
    errors.map(([path]) => path),
    ["rows.1.path", "rows.2.path", "rows.3.path"],
  );
  assert.match(errors[0]?.[1] ?? "", /\.\./);
});

test("warnings alone do not block a request", () => {
  const value = tokenRequestInputSchema.parse({
    rows: ["GET", "POST", "PUT", "DELETE"]
      .map((method) => ({ method, path: "/*" }))
      .concat([{ method: "GET", path: "/x/{id}" }]),
  });
  assert.equal(value.accessRules.length, 5);
});

test("an unknown method is refused with a readable message", () => {
  assert.deepEqual(fieldErrors({ rows: [{ method: "PATCH", path: "/me" }] }), [
    ["rows.0.method", "Choose GET, POST, PUT or DELETE."],
  ]);
});

test("allowed IPs are canonical, deduplicated, and accept pasted text", () => {
  const value = tokenRequestInputSchema.parse({ ...base, allowedIPs: ["192.0.2.1", "192.0.2.1/32", "2001:DB8::/32"] });
  assert.deepEqual(value.allowedIPs, ["192.0.2.1/32", "2001:db8::/32"]);
  const pasted = tokenRequestInputSchema.parse({ ...base, allowedIPs: "192.0.2.0/24,\n198.51.100.7" });
  assert.deepEqual(pasted.allowedIPs, ["192.0.2.0/24", "198.51.100.7/32"]);
});

test("a bad allowed IP is refused at its index", () => {
  const errors = fieldErrors({ ...base, allowedIPs: ["192.0.2.1", "300.1.1.1"] });
  assert.deepEqual(
    errors.map(([path]) => path),
    ["allowedIPs.1"],
  );
  assert.match(errors[0]?.[1] ?? "", /between 0 and 255/);
});

test("more than 100 allowed IPs are refused", () => {
  const ips = Array.from({ length: 101 }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`);
  assert.ok(
    fieldErrors({ ...base, allowedIPs: ips }).some(
      ([path, message]) => path === "allowedIPs" && /at most 100/.test(message),
    ),
  );
});

test("the redirection is an http(s) URL or empty", () => {
  assert.equal(
    tokenRequestInputSchema.parse({ ...base, redirection: " https://example.com/done " }).redirection,
    "https://example.com/done",
  );
  assert.equal(
    tokenRequestInputSchema.parse({ ...base, redirection: "http://localhost:3000/x" }).redirection,
    "http://localhost:3000/x",
  );
  assert.equal(tokenRequestInputSchema.parse({ ...base, redirection: "" }).redirection, undefined);
  for (const redirection of [
    "javascript:alert(1)",
    "ftp://example.com",
    "example.com",
    "//example.com",
    "data:text/html,hi",
  ]) {
    const errors = fieldErrors({ ...base, redirection });
    assert.deepEqual(
      errors.map(([path]) => path),
      ["redirection"],
      redirection,
    );
  }
});

test("another application key is optional and must be 16 to 32 letters and digits", () => {
  assert.equal(
    tokenRequestInputSchema.parse({ ...base, applicationKey: "TDPKJdwZwAQPwKX2" }).applicationKey,
    "TDPKJdwZwAQPwKX2",
  );
  assert.equal(tokenRequestInputSchema.parse({ ...base, applicationKey: "" }).applicationKey, undefined);
  for (const applicationKey of ["short", "TDPKJdwZwAQPwKX2-", "a".repeat(33), "TDPKJdwZwAQPwKX2 x"]) {
    assert.deepEqual(
      fieldErrors({ ...base, applicationKey }).map(([path]) => path),
      ["applicationKey"],
      applicationKey,
    );
  }
});

test("errors flatten into per-field messages for the form", () => {
  const result = tokenRequestInputSchema.safeParse({ rows: [{ method: "GET", path: "me" }], redirection: "nope" });
  assert.ok(result.error);
  const flat = z.flattenError(result.error);
  assert.ok(flat.fieldErrors.rows?.length);
  assert.ok(flat.fieldErrors.redirection?.length);
});
