import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { createOvhClient } from "./client";
import { OvhApiError } from "./errors";
import { fakeClock, fakeFetch, json, ovhError, type Responder, testBaseUrl, testKeys } from "./test-fetch";
import { clockKey, MAX_CACHED_CLOCKS } from "./time-drift";

const localMs = 1_700_000_000_900;
const localSeconds = 1_700_000_000;

function driftClient(responder: Responder, timeCache = new Map<string, number>(), appKey = testKeys.appKey) {
  const fake = fakeFetch(responder);
  const clock = fakeClock(localMs);
  const ovh = createOvhClient({
    baseUrl: testBaseUrl,
    ...testKeys,
    appKey,
    fetch: fake.fetch,
    now: clock.now,
    timeCache,
  });
  return { ovh, requests: fake.requests, timeCache, clock };
}

const timeThen = (serverSeconds: number | (() => number), then: Responder): Responder => {
  return (req, i) => {
    if (req.path !== "/auth/time") return then(req, i);
    return json(typeof serverSeconds === "number" ? serverSeconds : serverSeconds());
  };
};

test("/auth/time is fetched once, unsigned, and its delta is applied to every timestamp", async () => {
  const { ovh, requests, timeCache } = driftClient(timeThen(localSeconds + 100, () => json({})));
  await ovh.get("/me", { schema: z.unknown() });
  await ovh.get("/me", { schema: z.unknown() });
  assert.deepEqual(
    requests.map((r) => r.path),
    ["/auth/time", "/me", "/me"],
  );
  const timeRequest = requests[0];
  assert.ok(timeRequest);
  assert.equal(timeRequest.headers["x-ovh-signature"], undefined);
  assert.equal(timeRequest.headers["x-ovh-application"], testKeys.appKey);
  assert.equal(requests[1]?.headers["x-ovh-timestamp"], String(localSeconds + 100));
  assert.equal(timeCache.get(clockKey(testBaseUrl, testKeys.appKey)), 100);
  assert.equal(await ovh.timeDelta(), 100);
});

test("clients sharing a time cache sync once per endpoint and application, even when their first calls overlap", async () => {
  const timeCache = new Map<string, number>();
  const first = driftClient(
    timeThen(localSeconds - 30, () => json({})),
    timeCache,
  );
  await Promise.all([first.ovh.get("/me", { schema: z.unknown() }), first.ovh.get("/me", { schema: z.unknown() })]);
  assert.equal(first.requests.filter((r) => r.path === "/auth/time").length, 1);

  const second = driftClient(
    timeThen(0, () => json({})),
    timeCache,
  );
  await second.ovh.get("/me", { schema: z.unknown() });
  assert.deepEqual(
    second.requests.map((r) => r.path),
    ["/me"],
  );
  assert.equal(second.requests[0]?.headers["x-ovh-timestamp"], String(localSeconds - 30));

  // Another application on the same endpoint keeps its own delta: clocks may differ per application
  // (the emulator gives each account its own), and one application's sync must not move another's.
  const other = driftClient(
    timeThen(localSeconds + 900, () => json({})),
    timeCache,
    "otherApplicationKey",
  );
  await other.ovh.get("/me", { schema: z.unknown() });
  assert.deepEqual(
    other.requests.map((r) => r.path),
    ["/auth/time", "/me"],
  );
  assert.equal(other.requests[1]?.headers["x-ovh-timestamp"], String(localSeconds + 900));
  assert.equal(await first.ovh.timeDelta(), -30);
});

test("the cache keeps at most MAX_CACHED_CLOCKS clocks, forgetting the oldest sync first", async () => {
  const timeCache = new Map<string, number>();
  const sync = (appKey: string) =>
    driftClient(
      timeThen(localSeconds + 7, () => json({})),
      timeCache,
      appKey,
    ).ovh.timeDelta();
  for (let i = 0; i <= MAX_CACHED_CLOCKS; i++) await sync(`app${i}`);
  assert.equal(timeCache.size, MAX_CACHED_CLOCKS);
  assert.equal(timeCache.has(clockKey(testBaseUrl, "app0")), false, "the oldest is forgotten");
  assert.equal(timeCache.get(clockKey(testBaseUrl, `app${MAX_CACHED_CLOCKS}`)), 7);
});

test("a QUERY_TIME_OUT answer re-syncs the clock once and replays the call with the new delta", async () => {
  let serverSeconds = localSeconds;
  let meCalls = 0;
  const { ovh, requests } = driftClient(
    timeThen(
      () => serverSeconds,
      () => {
        meCalls++;
        if (meCalls === 1) {
          serverSeconds = localSeconds + 600; // the server clock moved since the first sync
          return ovhError(400, {
            errorCode: "QUERY_TIME_OUT",
            httpCode: "400 Bad Request",
            message: "Query out of time",
          });
        }
        return json({ ok: true });
      },
    ),
  );
  assert.deepEqual(await ovh.post("/me/thing", { schema: z.unknown(), body: { a: 1 } }), { ok: true });
  assert.deepEqual(
    requests.map((r) => r.path),
    ["/auth/time", "/me/thing", "/auth/time", "/me/thing"],
  );
  assert.equal(requests[1]?.headers["x-ovh-timestamp"], String(localSeconds));
  assert.equal(requests[3]?.headers["x-ovh-timestamp"], String(localSeconds + 600));
});

test("a timestamp refused again after the re-sync is thrown, with exactly one replay", async () => {
  const { ovh, requests } = driftClient(
    timeThen(localSeconds, () => ovhError(400, { class: "Client::BadRequest", message: "Timestamp is out of range" })),
  );
  const err = await ovh.get("/me", { schema: z.unknown() }).catch((e: unknown) => e);
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.status, 400);
  assert.deepEqual(
    requests.map((r) => r.path),
    ["/auth/time", "/me", "/auth/time", "/me"],
  );
});

test("an unrelated 400 and an unsigned call are never replayed", async () => {
  const { ovh, requests } = driftClient(
    timeThen(localSeconds, (req) =>
      req.path === "/auth/credential"
        ? ovhError(400, { errorCode: "QUERY_TIME_OUT", message: "Query out of time" })
        : ovhError(400, { message: "Invalid signature", errorCode: "INVALID_SIGNATURE" }),
    ),
  );
  await assert.rejects(ovh.get("/me", { schema: z.unknown() }), OvhApiError);
  await assert.rejects(ovh.post("/auth/credential", { schema: z.unknown(), body: {}, auth: false }), OvhApiError);
  assert.deepEqual(
    requests.map((r) => r.path),
    ["/auth/time", "/me", "/auth/credential"],
  );
});
