import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { describeOvhError, OvhApiError, OvhNetworkError } from "./errors";
import type { HttpMethod } from "./models";
import { json, noContent, ovhError, type Reply, testClient } from "./test-fetch";

const unavailable = () => ovhError(503, { message: "Service Unavailable" });

function failingThenOk(failures: Array<() => Reply>, ok: () => Reply = () => json({ ok: true })) {
  return (_: unknown, index: number) => (failures[index] ?? ok)();
}

test("a 429 is retried after the Retry-After seconds", async () => {
  const tooMany = () => ovhError(429, { message: "Too many requests" }, { "Retry-After": "2" });
  const { ovh, clock, calls } = testClient(failingThenOk([tooMany]));
  assert.deepEqual(await ovh.get("/me", { schema: z.unknown() }), { ok: true });
  assert.deepEqual(clock.sleeps, [2000]);
  assert.deepEqual(
    calls.map((c) => [c.status, c.attempt]),
    [
      [429, 1],
      [200, 2],
    ],
  );
});

test("a Retry-After HTTP date is honoured against the injected clock", async () => {
  let retryAt = "";
  const { ovh, clock } = testClient(
    failingThenOk([() => ovhError(429, { message: "slow down" }, { "Retry-After": retryAt })]),
  );
  retryAt = new Date(clock.now() + 5000).toUTCString();
  await ovh.get("/me", { schema: z.unknown() });
  assert.equal(clock.sleeps.length, 1);
  assert.ok(clock.sleeps[0] !== undefined && clock.sleeps[0] > 4000 && clock.sleeps[0] <= 5000, String(clock.sleeps));
});

for (const method of ["GET", "DELETE"] as const) {
  test(`a 503 on ${method} is retried with exponential backoff and full jitter, re-signed each time`, async () => {
    const { ovh, clock, requests } = testClient(failingThenOk([unavailable, unavailable, unavailable], noContent), {
      random: () => 0.5,
      retry: { baseDelayMs: 2000, maxDelayMs: 10_000 },
    });
    const startSeconds = Math.floor(clock.now() / 1000);
    await ovh.request(method, "/me/api/credential/5", { schema: z.unknown() });
    assert.equal(requests.length, 4);
    // ceilings 2, 4 and 8 s (base 2 s, doubling) scaled by the jitter draw of 0.5
    assert.deepEqual(clock.sleeps, [1000, 2000, 4000]);
    assert.deepEqual(
      requests.map((r) => Number(r.headers["x-ovh-timestamp"]) - startSeconds),
      [0, 1, 3, 7],
    );
    assert.equal(new Set(requests.map((r) => r.headers["x-ovh-signature"])).size, 4, "each attempt is signed anew");
  });
}

test("backoff delays stay under the exponential ceiling and maxDelayMs", async () => {
  const { ovh, clock } = testClient(() => unavailable(), {
    random: () => 0.999,
    retry: { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 500 },
  });
  await assert.rejects(ovh.get("/me", { schema: z.unknown() }), OvhApiError);
  assert.deepEqual(clock.sleeps, [99, 199, 399, 499, 499]);
});

test("attempts are bounded: a GET that keeps failing is tried maxAttempts times, then thrown", async () => {
  const { ovh, requests } = testClient(() => unavailable());
  const err = await ovh.get("/me", { schema: z.unknown() }).catch((e: unknown) => e);
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.status, 503);
  assert.equal(requests.length, 4);
});

test("total retry time is bounded: a Retry-After beyond the budget is not waited for", async () => {
  const { ovh, requests, clock } = testClient(() => ovhError(429, { message: "later" }, { "Retry-After": "120" }));
  await assert.rejects(ovh.get("/me", { schema: z.unknown() }), OvhApiError);
  assert.equal(requests.length, 1);
  assert.deepEqual(clock.sleeps, []);
});

for (const method of ["POST", "PUT"] as HttpMethod[]) {
  test(`${method} is never retried, not on 503, 429 nor a network error`, async () => {
    for (const reply of [unavailable, () => ovhError(429, { message: "x" }), () => "network-error" as const]) {
      const { ovh, requests } = testClient(() => reply());
      await assert.rejects(ovh.request(method, "/me/api/credential/5", { schema: z.unknown(), body: {} }));
      assert.equal(requests.length, 1);
    }
  });
}

test("400, 403 and 404 on a GET are not retried", async () => {
  for (const status of [400, 403, 404]) {
    const { ovh, requests, clock } = testClient(() => ovhError(status, { message: `status ${status}` }));
    await assert.rejects(
      ovh.get("/me", { schema: z.unknown() }),
      (e) => e instanceof OvhApiError && e.status === status,
    );
    assert.equal(requests.length, 1, `status ${status}`);
    assert.deepEqual(clock.sleeps, []);
  }
});

test("a 500 is retried on a GET, not on a DELETE", async () => {
  const read = testClient(failingThenOk([() => ovhError(500, { message: "Internal server error" })]));
  assert.deepEqual(await read.ovh.get("/me", { schema: z.unknown() }), { ok: true });
  assert.equal(read.requests.length, 2);
  const revoke = testClient(() => ovhError(500, { message: "Internal server error" }));
  await assert.rejects(revoke.ovh.del("/me/api/credential/1", { schema: z.unknown() }));
  assert.equal(revoke.requests.length, 1);
});

test("network errors are retried for GET and DELETE; timeouts only for GET", async () => {
  const network = testClient(failingThenOk([() => "network-error"]));
  assert.deepEqual(await network.ovh.del("/me/api/credential/1", { schema: z.unknown() }), { ok: true });
  assert.equal(network.requests.length, 2);

  const getTimeout = testClient(failingThenOk([() => "hang"]), { timeoutMs: 20 });
  assert.deepEqual(await getTimeout.ovh.get("/me", { schema: z.unknown() }), { ok: true });
  assert.deepEqual(
    getTimeout.calls.map((c) => c.status),
    ["timeout", 200],
  );

  const deleteTimeout = testClient(failingThenOk([() => "hang"]), { timeoutMs: 20 });
  const err = await deleteTimeout.ovh.del("/me/api/credential/1", { schema: z.unknown() }).catch((e: unknown) => e);
  assert.ok(err instanceof OvhNetworkError && err.kind === "timeout");
  assert.equal(deleteTimeout.requests.length, 1);
});

test("retries that end on a dropped connection keep OVH's earlier answer and its query id for the message", async () => {
  const answered = () => ovhError(503, { message: "Service Unavailable" }, { "X-Ovh-Queryid": "EU.ext-1.abc" });
  const { ovh } = testClient(failingThenOk([answered, () => "network-error", answered, () => "network-error"]));
  const err = await ovh.get("/me", { schema: z.unknown() }).catch((e: unknown) => e);
  assert.ok(err instanceof OvhNetworkError, String(err));
  assert.deepEqual(err.earlierAnswer, { status: 503, queryId: "EU.ext-1.abc" });
  const described = describeOvhError(err);
  assert.equal(described.queryId, "EU.ext-1.abc");
  assert.match(described.message, /could not be reached .* Before that, OVH answered HTTP 503\./);

  const neverAnswered = testClient(() => "network-error");
  const bare = await neverAnswered.ovh.get("/me", { schema: z.unknown() }).catch((e: unknown) => e);
  assert.ok(bare instanceof OvhNetworkError && bare.earlierAnswer === undefined);
  assert.equal(describeOvhError(bare).queryId, undefined);
});
