import assert from "node:assert/strict";
import { test } from "node:test";
import { backoffDelay, defaultRetryPolicy, isRetryable, parseRetryAfter } from "./retry-policy";
import { routeTemplate } from "./route-template";

test("route templates hide ids, id lists and query strings", () => {
  assert.equal(routeTemplate("/me/api/credential/123456789"), "/me/api/credential/{id}");
  assert.equal(routeTemplate("/me/api/credential/1,2,3"), "/me/api/credential/{ids}");
  assert.equal(routeTemplate("/me/api/credential/12/application"), "/me/api/credential/{id}/application");
  assert.equal(routeTemplate("/me/api/credential?status=expired"), "/me/api/credential");
  assert.equal(routeTemplate("/auth/time"), "/auth/time");
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  assert.equal(parseRetryAfter("3", now), 3000);
  assert.equal(parseRetryAfter("Wed, 01 Jan 2025 00:00:10 GMT", now), 10_000);
  assert.equal(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now), 0);
  assert.equal(parseRetryAfter("soon", now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
});

test("only reads and deletes are retryable, on 429/502/503/504 (and 500 for reads) and lost connections", () => {
  for (const status of [429, 500, 502, 503, 504]) assert.equal(isRetryable("GET", { status }), true);
  for (const status of [400, 401, 403, 404, 409]) assert.equal(isRetryable("GET", { status }), false);
  assert.equal(isRetryable("DELETE", { status: 500 }), false);
  assert.equal(isRetryable("DELETE", { status: 503 }), true);
  assert.equal(isRetryable("DELETE", { kind: "network" }), true);
  assert.equal(isRetryable("DELETE", { kind: "timeout" }), false);
  assert.equal(isRetryable("GET", { kind: "timeout" }), true);
  assert.equal(isRetryable("POST", { status: 503 }), false);
  assert.equal(isRetryable("PUT", { kind: "network" }), false);
});

test("full-jitter backoff spans zero up to a doubling ceiling capped by maxDelayMs", () => {
  const policy = { ...defaultRetryPolicy, baseDelayMs: 200, maxDelayMs: 1000 };
  assert.equal(
    backoffDelay(1, policy, () => 0),
    0,
  );
  assert.equal(
    backoffDelay(1, policy, () => 0.99),
    198,
  );
  assert.equal(
    backoffDelay(3, policy, () => 0.5),
    400,
  );
  assert.equal(
    backoffDelay(10, policy, () => 0.5),
    500,
  );
});
