import assert from "node:assert/strict";
import { test } from "node:test";
import {
  contentSecurityPolicy,
  createNonce,
  permissionsPolicy,
  servedOverHttps,
  staticSecurityHeaders,
} from "./headers";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")] as const));

test("production scripts run only with the request's nonce, never eval", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false }));
  assert.equal(csp.get("script-src"), "'self' 'nonce-abc123==' 'strict-dynamic'");
  assert.ok(![...csp.values()].some((v) => v.includes("unsafe-eval")));
  assert.ok(!(csp.get("script-src") ?? "").includes("unsafe-inline"));
});

test("`next dev` gets eval (React's dev tooling), production never does", () => {
  assert.match(contentSecurityPolicy({ nonce: "n", dev: true, https: false }), /script-src [^;]*'unsafe-eval'/);
});

test("no framing, forms post only to the dashboard, no plugins, no base-tag hijack", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "n", dev: false, https: false }));
  assert.equal(csp.get("frame-ancestors"), "'none'");
  assert.equal(csp.get("form-action"), "'self'");
  assert.equal(csp.get("object-src"), "'none'");
  assert.equal(csp.get("base-uri"), "'none'");
  assert.equal(csp.get("default-src"), "'self'");
});

test("insecure requests are upgraded only when the page itself came over HTTPS", () => {
  assert.ok(contentSecurityPolicy({ nonce: "n", dev: false, https: true }).includes("upgrade-insecure-requests"));
  assert.ok(!contentSecurityPolicy({ nonce: "n", dev: false, https: false }).includes("upgrade-insecure-requests"));
});

test("nonces are fresh and unguessable", () => {
  const nonces = new Set(Array.from({ length: 1000 }, createNonce));
  assert.equal(nonces.size, 1000);
  for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
});

test("the static headers: nosniff, no referrer, a restrictive Permissions-Policy, no framing", () => {
  const byName = new Map(staticSecurityHeaders.map((h) => [h.key, h.value]));
  assert.equal(byName.get("X-Content-Type-Options"), "nosniff");
  assert.equal(byName.get("Referrer-Policy"), "no-referrer");
  assert.equal(byName.get("X-Frame-Options"), "DENY");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    assert.match(permissionsPolicy, new RegExp(`(^|, )${feature}=\\(\\)`));
  }
});

test("HTTPS is recognised behind a TLS-terminating proxy", () => {
  const request = (proto?: string, url = "http://dash.example/") => ({
    url,
    headers: new Headers(proto ? { "x-forwarded-proto": proto } : {}),
  });
  assert.equal(servedOverHttps(request("https")), true);
  assert.equal(servedOverHttps(request("https, http")), true);
  assert.equal(servedOverHttps(request("http")), false);
  assert.equal(servedOverHttps(request()), false);
  assert.equal(servedOverHttps(request(undefined, "https://dash.example/")), true);
});
