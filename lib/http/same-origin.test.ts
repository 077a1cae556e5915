import assert from "node:assert/strict";
import { test } from "node:test";
import { isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) =>
  new Request("http://dash.example/api/credentials/revoke", { method: "POST", headers });

test("the dashboard's own pages pass, directly or behind a proxy that forwards the host", () => {
  assert.equal(isSameOrigin(request({ host: "dash.example", origin: "http://dash.example" })), true);
  assert.equal(
    isSameOrigin(
      request({ host: "10.0.0.5:3000", "x-forwarded-host": "keys.example.com", origin: "https://keys.example.com" }),
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
