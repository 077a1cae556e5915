import assert from "node:assert/strict";
import { test } from "node:test";
import { describeIpErrors, MAX_ALLOWED_IPS, parseAllowedIpsInput } from "./input";

test("No restriction ignores whatever is in the text box", () => {
  assert.deepEqual(parseAllowedIpsInput("none", "garbage"), { ok: true, allowedIps: null });
});

test("a pasted list is split, canonicalised and deduplicated", () => {
  assert.deepEqual(parseAllowedIpsInput("list", "203.0.113.7\n2001:DB8::/32, 203.0.113.7/32;10.0.0.0/8"), {
    ok: true,
    allowedIps: ["203.0.113.7/32", "2001:db8::/32", "10.0.0.0/8"],
  });
});

test("every bad entry gets its own error naming it", () => {
  const result = parseAllowedIpsInput("list", "203.0.113.7 300.1.1.1 10.0.0.1/8 nope");
  assert.equal(result.ok, false);
  const lines = result.ok ? [] : describeIpErrors(result.errors);
  assert.equal(lines.length, 3);
  assert.match(lines[0] ?? "", /^"300\.1\.1\.1": /);
  assert.match(lines[1] ?? "", /^"10\.0\.0\.1\/8": .*10\.0\.0\.0\/8/);
  assert.match(lines[2] ?? "", /^"nope": /);
});

test("an empty list is not a restriction: the admin must choose No restriction explicitly", () => {
  const result = parseAllowedIpsInput("list", "  \n ");
  assert.equal(result.ok, false);
  assert.match(result.ok ? "" : (describeIpErrors(result.errors)[0] ?? ""), /No restriction/);
});

test("the list is bounded", () => {
  const many = Array.from({ length: MAX_ALLOWED_IPS + 1 }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`);
  assert.equal(parseAllowedIpsInput("list", many.join(" ")).ok, false);
  assert.equal(parseAllowedIpsInput("list", many.slice(1).join(" ")).ok, true);
});
