import assert from "node:assert/strict";
import { test } from "node:test";
import { createLimiter, createRatePacer, createWeightedLimiter, mapWithConcurrency, type Settled } from "./pool";
import { fakeClock, tick } from "./test-fetch";

test("mapWithConcurrency keeps input order and never exceeds the limit", async () => {
  let inFlight = 0;
  let maxInFlight = 0;
  const items = Array.from({ length: 25 }, (_, i) => i);
  const results = await mapWithConcurrency(items, 4, async (n) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    for (let i = 0; i < (n * 7) % 5; i++) await tick(); // uneven durations reorder completions
    inFlight--;
    return n * 10;
  });
  assert.deepEqual(
    results,
    items.map((n) => n * 10),
  );
  assert.equal(maxInFlight, 4);
});

test("after a failure no new item starts, in-flight ones settle, and the failure is thrown", async () => {
  const started: number[] = [];
  const settled: Array<Settled<number, number>> = [];
  const items = Array.from({ length: 10 }, (_, i) => i);
  await assert.rejects(
    mapWithConcurrency(
      items,
      2,
      async (n) => {
        started.push(n);
        await tick();
        if (n === 1) throw new Error("boom");
        await tick(); // item 0 is still running when item 1 fails
        return n;
      },
      { onSettled: (s) => settled.push(s) },
    ),
    /boom/,
  );
  assert.deepEqual(started, [0, 1]);
  assert.deepEqual(
    settled.map((s) => [s.index, s.ok]),
    [
      [1, false],
      [0, true],
    ],
  );
});

test("an empty list resolves at once and a bad limit is refused", async () => {
  assert.deepEqual(await mapWithConcurrency([], 3, async () => 1), []);
  await assert.rejects(
    mapWithConcurrency([1], 0, async () => 1),
    RangeError,
  );
});

test("a limiter shared by tasks started at different times keeps the bound", async () => {
  const limiter = createLimiter(2);
  let inFlight = 0;
  let maxInFlight = 0;
  const task = async () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await tick();
    inFlight--;
  };
  const first = Array.from({ length: 3 }, () => limiter.run(task));
  await tick();
  const later = Array.from({ length: 4 }, () => limiter.run(task));
  await Promise.all([...first, ...later]);
  assert.equal(maxInFlight, 2);
  await assert.rejects(
    limiter.run(async () => Promise.reject(new Error("x"))),
    /x/,
  );
  await limiter.run(task); // a failed task released its slot
});

test("the pacer spaces calls to the rate, in call order", async () => {
  const clock = fakeClock(0);
  const pacer = createRatePacer({ perMinute: 60, now: clock.now, sleep: clock.sleep });
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    await pacer.take();
    times.push(clock.now());
  }
  assert.deepEqual(times, [0, 1000, 2000, 3000]);
});

test("the pacer allows a burst, then settles to the rate, and forgets idle time beyond the burst", async () => {
  const clock = fakeClock(0);
  const waits: number[] = [];
  const pacer = createRatePacer({
    perMinute: 120,
    burst: 3,
    now: clock.now,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  await Promise.all(Array.from({ length: 5 }, () => pacer.take()));
  assert.deepEqual(waits, [500, 1000]);
  clock.advance(60_000);
  waits.length = 0;
  await Promise.all(Array.from({ length: 4 }, () => pacer.take()));
  assert.deepEqual(waits, [500]);
});

test("holdFor keeps the slot at the end of the hold for the retried request, then resumes the rate", async () => {
  const clock = fakeClock(0);
  const pacer = createRatePacer({ perMinute: 60, now: clock.now, sleep: clock.sleep });
  await pacer.take();
  pacer.holdFor?.(5_000);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    await pacer.take();
    times.push(clock.now());
  }
  assert.deepEqual(times, [6_000, 7_000, 8_000]);
});

test("a weighted limiter admits work while it fits, first come first served, and a heavy task runs alone", async () => {
  const limiter = createWeightedLimiter(10);
  const order: string[] = [];
  const a = await limiter.acquire(6);
  const b = limiter.acquire(6).then((release) => {
    order.push("b");
    return release;
  });
  const c = limiter.acquire(2).then((release) => {
    order.push("c");
    return release;
  });
  await tick();
  assert.equal(order.length, 0, "c fits but waits behind b: no overtaking");
  a();
  const releaseB = await b;
  const releaseC = await c;
  assert.deepEqual([...order], ["b", "c"]);
  const huge = limiter.acquire(50).then((release) => {
    order.push("huge");
    return release;
  });
  await tick();
  assert.equal(order.length, 2);
  releaseB();
  releaseC();
  releaseC();
  (await huge)();
  assert.deepEqual(order, ["b", "c", "huge"]);
  (await limiter.acquire(10))();
});

test("a task run first waits ahead of the queue", async () => {
  const limiter = createLimiter(1);
  const order: string[] = [];
  let release = () => {};
  const blocker = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
  const queued = ["a", "b"].map((name) => limiter.run(async () => void order.push(name)));
  const urgent = limiter.run(async () => void order.push("urgent"), { first: true });
  release();
  await Promise.all([blocker, ...queued, urgent]);
  assert.deepEqual(order, ["urgent", "a", "b"]);
});
