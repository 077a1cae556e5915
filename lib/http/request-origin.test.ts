import assert from "node:assert/strict";
import { test } from "node:test";
import { originFromHeaders } from "./request-origin";

const from = (headers: Record<string, string>) => originFromHeaders((name) => headers[name] ?? null);

test("the origin is built from Host and X-Forwarded-Proto", () => {
  assert.equal(from({ host: "keys.example.com", "x-forwarded-proto": "https" }), "https://keys.example.com");
  assert.equal(from({ host: "127.0.0.1:3120", "x-forwarded-proto": "http" }), "http://127.0.0.1:3120");
});

test("behind a proxy X-Forwarded-Host wins, first value only", () => {
  assert.equal(
    from({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "keys.example.com, proxy.internal",
      "x-forwarded-proto": "https,http",
    }),
    "https://keys.example.com",
  );
});

test("without X-Forwarded-Proto loopback is http and anything else https", () => {
  assert.equal(from({ host: "localhost:3000" }), "http://localhost:3000");
  assert.equal(from({ host: "[::1]:3000" }), "http://[::1]:3000");
  assert.equal(from({ host: "keys.example.com" }), "https://keys.example.com");
  assert.equal(from({ host: "keys.example.com", "x-forwarded-proto": "gopher" }), "https://keys.example.com");
});

test("a host that is not a plain host name is refused", () => {
  for (const host of ["evil.com/path", "a@b.com", "evil.com?x", "ex ample.com", "", "-bad.com", "evil.com:99999999"]) {
    assert.equal(from({ host }), null, host);
  }
  assert.equal(from({}), null);
});
