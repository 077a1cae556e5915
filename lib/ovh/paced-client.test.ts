import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { pacedClient } from "./paced-client";
import { createRatePacer } from "./pool";
import { json, ovhError, testClient } from "./test-fetch";

const tooMany = (retryAfter: string) =>
  ovhError(429, { errorCode: "TOO_MANY_REQUESTS", message: "Too many requests" }, { "Retry-After": retryAfter });

test("with a known rate every request waits for its slot, from the first one", async () => {
  const { ovh, clock } = testClient(() => json([]));
  const sent: number[] = [];
  const pacer = createRatePacer({ perMinute: 30, now: clock.now, sleep: clock.sleep });
  const paced = pacedClient(ovh, { pacer });
  for (let i = 0; i < 3; i++) {
    await paced.get("/me/api/credential", { schema: z.unknown(), onCall: () => sent.push(clock.now()) });
  }
  const start = sent[0] ?? 0;
  assert.deepEqual(
    sent.map((t) => t - start),
    [0, 2_000, 4_000],
  );
  assert.equal(paced.rateLimitedCalls, 0);
});

test("without a known rate it runs unpaced until a 429, then holds for Retry-After and paces at the fallback", async () => {
  let calls = 0;
  const { ovh, clock, requests } = testClient(() => (++calls === 2 ? tooMany("3") : json(null)));
  const paced = pacedClient(ovh, { fallbackPerMinute: 60, now: clock.now, sleep: clock.sleep });
  const at: number[] = [];
  const del = async (id: number) => {
    await paced.del(`/me/api/credential/${id}`, { schema: z.unknown() });
    at.push(clock.now());
  };
  const start = clock.now();
  await del(1);
  await del(2); // 429, retried by the client after Retry-After (3 s)
  await del(3);
  await del(4);
  assert.equal(paced.rateLimitedCalls, 1);
  assert.equal(requests.length, 5);
  assert.deepEqual(
    at.map((t) => t - start),
    [0, 3_000, 4_000, 5_000],
    "the 429 holds everything for Retry-After, its retry takes the first slot, then one per second",
  );
});

test("getBatch through a paced client is paced too, and the request's own onCall still fires", async () => {
  const { ovh } = testClient(() => json([{ key: "1", value: null, error: "gone" }]));
  let taken = 0;
  const paced = pacedClient(ovh, { pacer: { take: async () => void taken++ } });
  await paced.getBatch("/me/api/credential", [1, 2], z.unknown());
  let seen = 0;
  await paced.get("/me", { schema: z.unknown(), onCall: () => seen++ });
  assert.equal(taken, 2);
  assert.equal(seen, 1);
});
