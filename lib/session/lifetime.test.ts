import assert from "node:assert/strict";
import { test } from "node:test";
import { isAlive, remainingSeconds, SESSION_LIFETIME_SECONDS, saveLifetime } from "./lifetime";
import { openLiveSession, type SessionData, sealForSave, sealSession } from "./seal";

// A session ends 8 hours after its sign-in however often it is saved: a stolen cookie cannot be kept
// alive by replaying requests. The clock is injected, and iron's own (Date.now) follows it.

const PASSWORDS = { "1": "lifetime-secret-0123456789abcdefghijklmnop" };
const HOUR = 3_600_000;
const T0 = 1_800_000_000_000;
const keys: SessionData = {
  endpoint: "ovh-eu",
  applicationKey: "appKey12345678",
  applicationSecret: "appSecret0123456789abcdef",
  consumerKey: "consumerKey0123456789abcdef",
  credentialId: 42,
};

async function withClock<T>(now: number, run: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => now;
  try {
    return await run();
  } finally {
    Date.now = real;
  }
}

test("saving every 10 minutes over 9 hours keeps the sign-in time, and the session ends at 8 hours", async () => {
  let seal = (await withClock(T0, () => sealForSave({ ...keys, signedInAt: T0 }, PASSWORDS, T0)))?.seal;
  assert.ok(seal);
  let lastOpen = T0;
  const maxAges: number[] = [];
  for (let now = T0 + HOUR / 6; now <= T0 + 9 * HOUR; now += HOUR / 6) {
    const opened = await withClock(now, () => openLiveSession(seal as string, PASSWORDS, now));
    if (!opened) break;
    lastOpen = now;
    assert.equal(opened.signedInAt, T0, "every save keeps the sign-in time");
    const saved = await withClock(now, () => sealForSave({ ...opened, credentialId: 43 }, PASSWORDS, now));
    if (!saved) break;
    maxAges.push(saved.maxAge);
    seal = saved.seal;
  }
  assert.ok(lastOpen < T0 + 8 * HOUR, `still open ${(lastOpen - T0) / HOUR} h after sign-in`);
  assert.ok(lastOpen >= T0 + 7.8 * HOUR, "alive until the end of its 8 hours");
  assert.ok(
    maxAges.every((age, i) => i === 0 || age < (maxAges[i - 1] as number)),
    "each cookie's maxAge is what remains, not 8 hours again",
  );
  assert.equal(await withClock(T0 + 8 * HOUR, () => openLiveSession(seal as string, PASSWORDS, T0 + 8 * HOUR)), null);
});

test("a seal saved just before the end expires with the session, even for iron's own clock", async () => {
  const now = T0 + 8 * HOUR - 5 * 60_000;
  const saved = await withClock(now, () => sealForSave({ ...keys, signedInAt: T0 }, PASSWORDS, now));
  assert.ok(saved);
  assert.equal(saved.maxAge, 5 * 60 - 60);
  // Past the end, with the sign-in check out of the way (a clock that says it is still early), iron refuses it too.
  const after = T0 + 8 * HOUR + 2 * 60_000;
  assert.equal(await withClock(after, () => openLiveSession(saved.seal, PASSWORDS, T0)), null);
});

test("no save can start an ended session again, and a sign-in time in the future is refused", async () => {
  assert.equal(await sealForSave({ ...keys, signedInAt: T0 }, PASSWORDS, T0 + 8 * HOUR), null);
  assert.equal(isAlive(T0 + HOUR, T0), false);
  assert.equal(isAlive(undefined, T0), false);
});

test("a cookie sealed before sign-in times were kept counts from its connection", async () => {
  const now = T0 + 9 * HOUR;
  // The older shape, as the previous save wrote it: no signedInAt, a seal good for 8 more hours.
  const legacy = await withClock(now, () => sealSession({ ...keys, connectedAt: T0 }, PASSWORDS, 8 * 3600));
  assert.equal(await withClock(now, () => openLiveSession(legacy, PASSWORDS, now)), null);
  assert.equal((await withClock(T0 + HOUR, () => openLiveSession(legacy, PASSWORDS, T0 + HOUR)))?.signedInAt, T0);
});

test("remaining time and the cookie's maxAge", () => {
  assert.equal(remainingSeconds(T0, T0), SESSION_LIFETIME_SECONDS);
  assert.equal(remainingSeconds(T0, T0 + 8 * HOUR + 1), 0);
  assert.deepEqual(saveLifetime(T0, T0 + 7 * HOUR), { ttl: 3600, maxAge: 3540 });
  assert.equal(saveLifetime(T0, T0 + 8 * HOUR - 30_000), null);
});
