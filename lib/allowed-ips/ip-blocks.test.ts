import assert from "node:assert/strict";
import { isIP } from "node:net";
import { test } from "node:test";
import { ipBlockSchema } from "./ip-block-schema";
import { ipInBlock, isAnyAddress, parseIpBlock, parseIpList } from "./ip-blocks";

const valid: [string, string][] = [
  ["192.0.2.1", "192.0.2.1/32"],
  ["192.0.2.0/24", "192.0.2.0/24"],
  ["0.0.0.0/0", "0.0.0.0/0"],
  ["255.255.255.255", "255.255.255.255/32"],
  ["10.0.0.0/8", "10.0.0.0/8"],
  ["  203.0.113.7/32 ", "203.0.113.7/32"],
  ["100.64.0.0/10", "100.64.0.0/10"],
  ["0.0.0.0", "0.0.0.0/32"],
  ["2001:db8::/32", "2001:db8::/32"],
  ["2001:DB8::1", "2001:db8::1/128"],
  ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1/128"],
  ["::", "::/128"],
  ["::/0", "::/0"],
  ["::1", "::1/128"],
  ["fe80::/10", "fe80::/10"],
  ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1/128"],
  ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1/128"],
  ["1:0:0:1:0:0:0:1", "1:0:0:1::1/128"],
  ["2001:db8::", "2001:db8::/128"],
  ["::ffff:192.0.2.1", "::ffff:192.0.2.1/128"],
  ["::FFFF:c000:0201", "::ffff:192.0.2.1/128"],
  ["::ffff:192.0.2.0/120", "::ffff:192.0.2.0/120"],
  ["64:ff9b::192.0.2.33", "64:ff9b::c000:221/128"],
  ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8/128"],
  ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0/128"],
];

const invalid: [string, RegExp][] = [
  ["", /IP address or a CIDR/],
  ["not an ip", /IP address or a CIDR/],
  ["256.1.1.1", /between 0 and 255/],
  ["192.0.2.300/32", /between 0 and 255/],
  ["192.0.2", /IP address or a CIDR/],
  ["192.0.2.1.5", /IP address or a CIDR/],
  ["192.0.02.1", /leading zeros/],
  ["010.0.0.1", /leading zeros/],
  ["0x7f.0.0.1", /IP address or a CIDR/],
  ["192.0.2.0/33", /0 to 32/],
  ["192.0.2.0/-1", /0 to 32/],
  ["192.0.2.0/024", /0 to 32/],
  ["192.0.2.0/", /0 to 32/],
  ["192.0.2.0/24/8", /IP address or a CIDR/],
  ["192.0.2.1/24", /did you mean 192\.0\.2\.0\/24/],
  ["2001:db8::1/32", /did you mean 2001:db8::\/32/],
  ["2001:db8::/129", /0 to 128/],
  ["2001:db8:::1", /not a valid IPv6/],
  ["2001::db8::1", /not a valid IPv6/],
  ["1:2:3:4:5:6:7:8:9", /not a valid IPv6/],
  ["1:2:3:4:5:6:7", /not a valid IPv6/],
  ["1:2:3:4:5:6:7:8::", /not a valid IPv6/],
  ["12345::1", /not a valid IPv6/],
  ["g::1", /not a valid IPv6/],
  [":1:2:3:4:5:6:7", /not a valid IPv6/],
  ["fe80::1%eth0", /zone/],
  ["::ffff:192.0.2.256", /between 0 and 255/],
  ["::ffff:1.2.3", /not a valid IPv6/],
  ["1.2.3.4::", /IP address or a CIDR|not a valid IPv6/],
  ["[2001:db8::1]", /not a valid IPv6/],
  ["192.0.2.1 /32", /IP address or a CIDR|0 to 32/],
  ["١٩٢.0.2.1", /IP address or a CIDR/],
];

test("valid addresses and ranges parse to their canonical form", () => {
  for (const [input, canonical] of valid) {
    assert.deepEqual(parseIpBlock(input), { ok: true, value: canonical }, input);
  }
});

test("invalid input is refused with a specific message", () => {
  for (const [input, message] of invalid) {
    const result = parseIpBlock(input);
    assert.equal(result.ok, false, input);
    if (!result.ok) assert.match(result.error, message, input);
  }
});

test("every accepted address is also an IP address to node:net, every refused one with a bad address is not", () => {
  for (const [input] of valid) assert.notEqual(isIP(input.trim().split("/")[0] ?? ""), 0, input);
  for (const input of ["256.1.1.1", "192.0.2", "2001:db8:::1", "1:2:3:4:5:6:7", "g::1", "12345::1"]) {
    assert.equal(isIP(input), 0, input);
  }
});

test("canonical values parse again to themselves", () => {
  for (const [, canonical] of valid) assert.deepEqual(parseIpBlock(canonical), { ok: true, value: canonical });
});

test("the zod schema yields the canonical value or the parser's message", () => {
  assert.equal(ipBlockSchema.parse("2001:DB8::/32"), "2001:db8::/32");
  const result = ipBlockSchema.safeParse("192.0.2.1/24");
  assert.equal(result.success, false);
  assert.match(result.error?.issues[0]?.message ?? "", /did you mean 192\.0\.2\.0\/24/);
  assert.equal(ipBlockSchema.safeParse(42).success, false);
});

test("a pasted list splits on commas, semicolons, spaces and newlines and drops duplicates", () => {
  const { ips, errors } = parseIpList("192.0.2.1, 2001:db8::/32\n 198.51.100.0/24;192.0.2.1/32\t999.1.1.1,,");
  assert.deepEqual(ips, ["192.0.2.1/32", "2001:db8::/32", "198.51.100.0/24"]);
  assert.deepEqual(
    errors.map((e) => e.input),
    ["999.1.1.1"],
  );
  assert.deepEqual(parseIpList("  \n "), { ips: [], errors: [] });
});

test("any-address blocks are recognised in both families", () => {
  for (const block of ["0.0.0.0/0", "::/0", "::ffff:0.0.0.0/96"]) assert.equal(isAnyAddress(block), true, block);
  for (const block of ["0.0.0.0/1", "0.0.0.0", "::/1", "::", "garbage"])
    assert.equal(isAnyAddress(block), false, block);
});

test("ipInBlock checks IPv4 and IPv6 membership at the prefix boundary", () => {
  assert.equal(ipInBlock("192.0.2.255", "192.0.2.0/24"), true);
  assert.equal(ipInBlock("192.0.3.0", "192.0.2.0/24"), false);
  assert.equal(ipInBlock("203.0.113.9", "0.0.0.0/0"), true);
  assert.equal(ipInBlock("203.0.113.9", "203.0.113.9"), true);
  assert.equal(ipInBlock("203.0.113.9", "203.0.113.8/31"), true);
  assert.equal(ipInBlock("203.0.113.10", "203.0.113.8/31"), false);
  assert.equal(ipInBlock("2001:db8:ffff::1", "2001:db8::/32"), true);
  assert.equal(ipInBlock("2001:db9::1", "2001:db8::/32"), false);
  assert.equal(ipInBlock("::1", "::/0"), true);
});

test("ipInBlock never mixes families except through IPv4-mapped addresses", () => {
  assert.equal(ipInBlock("192.0.2.1", "::/0"), false);
  assert.equal(ipInBlock("::1", "0.0.0.0/0"), false);
  assert.equal(ipInBlock("::ffff:192.0.2.1", "192.0.2.0/24"), true);
  assert.equal(ipInBlock("192.0.2.1", "::ffff:192.0.2.0/120"), true);
  assert.equal(ipInBlock("192.0.3.1", "::ffff:192.0.2.0/120"), false);
});

test("ipInBlock is false for ranges given as the address and for invalid input", () => {
  assert.equal(ipInBlock("192.0.2.0/24", "192.0.2.0/24"), false);
  assert.equal(ipInBlock("nonsense", "192.0.2.0/24"), false);
  assert.equal(ipInBlock("192.0.2.1", "192.0.2.1/24"), false);
});

test("there are at least 30 valid and invalid cases", () => {
  assert.ok(valid.length + invalid.length >= 30);
});
