import assert from "node:assert/strict";
import { test } from "node:test";
import { ipAllowed, isValidIpBlock, parseIpAddress, parseIpBlock } from "./ip-blocks";
import { body, type ErrorBody, firstCredential, harness, signedFetch } from "./test-helpers";

test("ipBlock syntax: IPv4 and IPv6, CIDR or bare address", () => {
  for (const ok of [
    "192.0.2.0/24",
    "192.0.2.7",
    "0.0.0.0/0",
    "2001:db8::/32",
    "::1",
    "::/0",
    "fe80::1:2:3:4/64",
    "::ffff:10.0.0.1",
  ]) {
    assert.equal(isValidIpBlock(ok), true, ok);
  }
  for (const bad of [
    "",
    "192.0.2.0/33",
    "256.1.1.1",
    "1.2.3",
    "01.2.3.4",
    "2001:db8::/129",
    "1::2::3",
    "12345::",
    "1.2.3.4/24/1",
    "a.b.c.d",
    "::g",
    42,
  ]) {
    assert.equal(isValidIpBlock(bad), false, String(bad));
  }
});

test("an IPv4-mapped IPv6 address reads as IPv4", () => {
  assert.deepEqual(parseIpAddress("::ffff:127.0.0.1"), parseIpAddress("127.0.0.1"));
  assert.equal(ipAllowed(["127.0.0.1/32"], "::ffff:127.0.0.1"), true);
});

test("CIDR containment for IPv4 and IPv6", () => {
  assert.equal(ipAllowed(["203.0.113.0/24"], "203.0.113.200"), true);
  assert.equal(ipAllowed(["203.0.113.0/24"], "203.0.114.1"), false);
  assert.equal(ipAllowed(["2001:db8:1234::/48"], "2001:db8:1234:ffff::9"), true);
  assert.equal(ipAllowed(["2001:db8:1234::/48"], "2001:db8:1235::1"), false);
  assert.equal(ipAllowed(["198.51.100.7"], "198.51.100.7"), true);
  assert.equal(ipAllowed(["198.51.100.7"], "198.51.100.8"), false);
  assert.equal(ipAllowed(["0.0.0.0/0"], "2001:db8::1"), false);
  assert.equal(ipAllowed(["::/0"], "2001:db8::1"), true);
  assert.deepEqual(parseIpBlock("10.0.0.0/8")?.prefix, 8);
});

test("no restriction allows everyone; a restriction without a known client IP refuses", () => {
  assert.equal(ipAllowed(null, undefined), true);
  assert.equal(ipAllowed(["10.0.0.0/8"], undefined), false);
  assert.equal(ipAllowed(["10.0.0.0/8"], "not-an-ip"), false);
});

async function callWith(allowedIPs: string[], clientIp: string) {
  const h = harness();
  const dashboard = firstCredential(h, (c) => c.consumerKey === h.keys.consumerKey);
  dashboard.allowedIPs = allowedIPs;
  return signedFetch(h, { path: "/me", keys: h.keys, clientIp });
}

test("allowedIPs lets a matching IPv4, IPv6 or CIDR caller through", async () => {
  assert.equal((await callWith(["192.0.2.0/24"], "192.0.2.55")).status, 200);
  assert.equal((await callWith(["2001:db8::/32"], "2001:db8:0:1::5")).status, 200);
  assert.equal((await callWith(["127.0.0.1"], "::ffff:127.0.0.1")).status, 200);
});

test("allowedIPs blocks other callers with 403 FORBIDDEN", async () => {
  for (const [blocks, ip] of [
    [["192.0.2.0/24"], "192.0.3.1"],
    [["2001:db8::/32"], "2001:db9::1"],
    [["10.0.0.1"], "::1"],
  ] as const) {
    const response = await callWith([...blocks], ip);
    const error = await body<ErrorBody>(response);
    assert.equal(response.status, 403, ip);
    assert.equal(error.errorCode, "FORBIDDEN");
    assert.equal(error.class, "Client::Forbidden");
  }
});
