import assert from "node:assert/strict";
import { test } from "node:test";
import { crossSiteRefusal, isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) =>
  new Request("http://dash.example/api/revocation-jobs", { method: "POST", headers });

test("the dashboard's own pages pass, directly or behind a proxy that forwards the host", () => {
  assert.equal(isSameOrigin(request({ host: "dash.example", origin: "http://dash.example" })), true);
  assert.equal(
    isSameOrigin(
      request({
        host: "10.0.0.5:3000",
        "x-forwarded-host": "keys.example.com",
        "x-forwarded-proto": "https",
        origin: "https://keys.example.com",
      }),
    ),
    true,
  );
});

test("another site, a look-alike host, a null or missing Origin are refused", () => {
  for (const origin of [
    "https://evil.example",
    "http://dash.example.evil.example",
    "http://dash.example:8080",
    "null",
    "javascript:alert(1)",
  ]) {
    assert.equal(isSameOrigin(request({ host: "dash.example", origin })), false, origin);
  }
  assert.equal(isSameOrigin(request({ host: "dash.example" })), false);
});

test("the scheme counts: the connection's, or X-Forwarded-Proto's behind a TLS proxy", () => {
  // Plain HTTP connection, no proxy: an https page of the same host is another origin.
  assert.equal(isSameOrigin(request({ host: "dash.example", origin: "https://dash.example" })), false);
  // Behind a TLS proxy, an http page of the same host is another origin (a downgraded or captive page).
  for (const proto of ["https", "https, http", "HTTPS"]) {
    const forwarded = { host: "dash.example", "x-forwarded-proto": proto };
    assert.equal(isSameOrigin(request({ ...forwarded, origin: "http://dash.example" })), false, proto);
    assert.equal(isSameOrigin(request({ ...forwarded, origin: "https://dash.example" })), true, proto);
  }
  const overTls = new Request("https://dash.example/api/x", {
    method: "POST",
    headers: { host: "dash.example", origin: "http://dash.example" },
  });
  assert.equal(isSameOrigin(overTls), false);
});

test("the one Origin check lets reads through and refuses a cross-site mutation with forbidden:origin", async () => {
  const read = new Request("http://dash.example/api/credentials", { headers: { host: "dash.example" } });
  assert.equal(crossSiteRefusal(read), null);
  assert.equal(crossSiteRefusal(request({ host: "dash.example", origin: "http://dash.example" })), null);
  const refused = crossSiteRefusal(request({ host: "dash.example", origin: "https://evil.example" }));
  assert.ok(refused);
  assert.equal(refused.status, 403);
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, "forbidden:origin");
});
