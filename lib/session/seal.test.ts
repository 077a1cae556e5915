import assert from "node:assert/strict";
import { test } from "node:test";
import { sealData } from "iron-session";
import { openSession, type SessionData, sealSession } from "./seal";

// SESSION_SECRET rotation and hostile cookies, on the real iron-session seal.

const OLD = "old-secret-0123456789abcdefghijklmnopqrstuv";
const NEW = "new-secret-0123456789abcdefghijklmnopqrstuv";
const TTL = 8 * 3600;
const data: SessionData = {
  endpoint: "ovh-eu",
  applicationKey: "appKey12345678",
  applicationSecret: "appSecret0123456789abcdef",
  consumerKey: "consumerKey0123456789abcdef",
  credentialId: 42,
  connectedAt: 1_700_000_000_000,
};
// What lib/runtime/env.ts builds from SESSION_SECRET="NEW,OLD": the first listed gets the highest id.
const before = { "1": OLD };
const during = { "2": NEW, "1": OLD };
const after = { "1": NEW };

const passwordId = (seal: string) => seal.split("*")[1];

test("a cookie sealed with the old secret still opens once a new secret is listed first", async () => {
  const seal = await sealSession(data, before, TTL);
  assert.deepEqual(await openSession(seal, during, TTL), data);
});

test("new cookies are sealed with the newest secret", async () => {
  const seal = await sealSession(data, during, TTL);
  assert.equal(passwordId(seal), "2");
  assert.equal(await openSession(seal, before, TTL), null, "the old secret alone cannot open it");
  assert.deepEqual(await openSession(seal, { "1": NEW }, TTL), data);
});

test("dropping the old secret keeps cookies sealed with the new one (ids shift, the secret does not)", async () => {
  const seal = await sealSession(data, during, TTL);
  assert.deepEqual(await openSession(seal, after, TTL), data);
  const oldSeal = await sealSession(data, before, TTL);
  assert.equal(await openSession(oldSeal, after, TTL), null, "a retired secret's cookies end cleanly");
});

test("tampered, truncated, foreign and garbage cookies open as null, never throw", async () => {
  const seal = await sealSession(data, during, TTL);
  const parts = seal.split("*");
  const flip = (s: string) => (s[0] === "A" ? `B${s.slice(1)}` : `A${s.slice(1)}`);
  const hostile = [
    seal.slice(0, seal.length - 5),
    seal.slice(0, 40),
    [...parts.slice(0, 4), flip(parts[4] ?? ""), ...parts.slice(5)].join("*"),
    [...parts.slice(0, 7), flip(parts[7] ?? "")].join("*"),
    [parts[0], "9", ...parts.slice(2)].join("*"),
    [parts[0], "", ...parts.slice(2)].join("*"),
    seal.replace(/~2$/, "~1"),
    seal.replace("~", "*extra~"),
    await sealData(data, { password: "someone-elses-secret-0123456789abcdefgh", ttl: TTL }),
    "Fe26.2**********",
    "Fe26.2*1*%%%*%%%*%%%**%%%*%%%~2",
    "not a seal",
    "x".repeat(10_000),
    "\u202e\u0000<script>",
    "",
  ];
  for (const [index, cookie] of hostile.entries()) {
    assert.equal(await openSession(cookie, during, TTL), null, `hostile cookie #${index}`);
  }
});

test("a genuine seal of the wrong shape is refused rather than trusted", async () => {
  for (const shape of [{ credentialId: "42" }, { endpoint: "evil.example" }, { consumerKey: 7 }, {}]) {
    const seal = await sealData(shape, { password: during, ttl: TTL });
    assert.equal(await openSession(seal, during, TTL), null, JSON.stringify(shape));
  }
});

test("an expired seal is unreadable", async () => {
  const seal = await sealSession(data, during, 1);
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  // iron allows 60 s of clock skew, so open as if an hour had passed.
  const realNow = Date.now;
  Date.now = () => realNow() + 3_600_000;
  try {
    assert.equal(await openSession(seal, during, 1), null);
  } finally {
    Date.now = realNow;
  }
});
