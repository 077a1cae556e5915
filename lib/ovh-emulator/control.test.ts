import assert from "node:assert/strict";
import { test } from "node:test";
import { demoAccountKeys } from "./fixtures";
import { createOvhEmulator } from "./handler";
import type { AccountKeys } from "./model";
import { body, fixedClock, ORIGIN, signedFetch } from "./test-helpers";

type Created = AccountKeys & { endpointUrl: string };
type Truth = {
  stats: { requests: number };
  knobs: Record<string, unknown>;
  applications: { owned: boolean }[];
  credentials: Record<string, unknown>[];
};

function setup(basePath = "") {
  const clock = fixedClock();
  const emulator = createOvhEmulator({ now: clock.now, basePath, sleep: async () => {} });
  const control = (method: string, path: string, payload?: unknown) =>
    emulator.fetch(
      new Request(`${ORIGIN}${basePath}/_emulator${path}`, {
        method,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        headers: { "Content-Type": "application/json" },
      }),
    );
  return { emulator, clock, control };
}

test("POST /_emulator/accounts creates a usable account and its endpoint URL", async () => {
  const { emulator, clock, control } = setup("/api/ovh-emulator");
  const response = await control("POST", "/accounts", { credentials: 25, seed: 5, knobs: { latencyMs: 0 } });
  assert.equal(response.status, 201);
  const created = await body<Created>(response);
  assert.equal(created.endpointUrl, `${ORIGIN}/api/ovh-emulator/1.0`);
  assert.match(created.applicationKey, /^[A-Za-z0-9]{16}$/);
  assert.match(created.applicationSecret, /^[A-Za-z0-9]{32}$/);
  assert.match(created.consumerKey, /^[0-9a-f]{32}$/);
  assert.equal(created.login, created.nichandle);
  const signed = await signedFetch(
    { emulator, clock },
    { prefix: "/api/ovh-emulator/1.0", path: "/me/api/credential", keys: created },
  );
  assert.equal((await body<number[]>(signed)).length, 25);
});

test("the control API validates its input", async () => {
  const { control } = setup();
  assert.equal((await control("POST", "/accounts", { credentials: 10_001 })).status, 400);
  assert.equal((await control("POST", "/accounts", { surprise: true })).status, 400);
  const { applicationKey } = await body<Created>(await control("POST", "/accounts", {}));
  assert.equal((await control("PATCH", `/accounts/${applicationKey}`, { errorRate: 2 })).status, 400);
  assert.equal((await control("PATCH", `/accounts/${applicationKey}`, { latencyMs: "fast" })).status, 400);
  assert.equal((await control("GET", "/accounts/nope")).status, 404);
  assert.equal((await control("GET", "/nothing")).status, 404);
});

test("PATCH knobs, GET ground truth without consumer keys, reset stats", async () => {
  const { emulator, clock, control } = setup();
  const created = await body<Created>(await control("POST", "/accounts", { credentials: 30, seed: 11 }));
  const patched = await control("PATCH", `/accounts/${created.applicationKey}`, {
    batch: false,
    rateLimitPerMinute: 60,
  });
  assert.deepEqual((await body<{ knobs: { batch: boolean; rateLimitPerMinute: number } }>(patched)).knobs.batch, false);
  await signedFetch({ emulator, clock }, { path: "/me", keys: created });
  const truth = await body<Truth>(await control("GET", `/accounts/${created.applicationKey}`));
  assert.equal(truth.credentials.length, 30);
  assert.equal(truth.stats.requests, 1);
  assert.equal(truth.knobs.rateLimitPerMinute, 60);
  assert.ok(truth.applications.some((a) => !a.owned));
  assert.ok(!JSON.stringify(truth).includes(created.consumerKey));
  const reset = await body<{ stats: { requests: number } }>(
    await control("POST", `/accounts/${created.applicationKey}/reset-stats`),
  );
  assert.equal(reset.stats.requests, 0);
});

test("POST /_emulator/demo returns the fixed demo keys", async () => {
  const { emulator, clock, control } = setup();
  const demo = await body<Created>(await control("POST", "/demo"));
  assert.equal(demo.applicationKey, demoAccountKeys.applicationKey);
  assert.equal(demo.consumerKey, demoAccountKeys.consumerKey);
  const ids = await body<number[]>(await signedFetch({ emulator, clock }, { path: "/me/api/credential", keys: demo }));
  assert.equal(ids.length, 150);
});

test("the demo account appears lazily on first use of its keys", async () => {
  const { emulator, clock } = setup();
  assert.equal(emulator.store.accounts.length, 0);
  const response = await signedFetch({ emulator, clock }, { path: "/me", keys: demoAccountKeys });
  assert.equal(response.status, 200);
  assert.equal(emulator.store.accounts.length, 1);
});

test("accounts are partitioned: one seed twice gives the same data under different keys", async () => {
  const { emulator, clock, control } = setup();
  const a = await body<Created>(await control("POST", "/accounts", { seed: 42, credentials: 20 }));
  const b = await body<Created>(await control("POST", "/accounts", { seed: 42, credentials: 20 }));
  assert.notEqual(a.applicationKey, b.applicationKey);
  assert.notEqual(a.consumerKey, b.consumerKey);
  const h = { emulator, clock };
  const idsA = await body<number[]>(await signedFetch(h, { path: "/me/api/credential", keys: a }));
  const idsB = await body<number[]>(await signedFetch(h, { path: "/me/api/credential", keys: b }));
  assert.deepEqual(idsA, idsB);
  const [victim] = idsA;
  assert.equal((await signedFetch(h, { method: "DELETE", path: `/me/api/credential/${victim}`, keys: a })).status, 200);
  assert.equal((await signedFetch(h, { path: `/me/api/credential/${victim}`, keys: a })).status, 404);
  assert.equal((await signedFetch(h, { path: `/me/api/credential/${victim}`, keys: b })).status, 200);
  const crossed = await signedFetch(h, { path: "/me", keys: { ...a, consumerKey: b.consumerKey } });
  assert.equal(crossed.status, 403);
});

test("store.createAccount hands back the keys of a working full-access credential", async () => {
  const { emulator, clock } = setup();
  const keys = emulator.store.createAccount({ credentials: 12 });
  assert.deepEqual(Object.keys(keys).sort(), [
    "applicationKey",
    "applicationSecret",
    "consumerKey",
    "login",
    "nichandle",
    "password",
  ]);
  const current = await signedFetch({ emulator, clock }, { path: "/auth/currentCredential", keys });
  const credential = await body<{ status: string; rules: unknown[]; expiration: null }>(current);
  assert.equal(credential.status, "validated");
  assert.equal(credential.expiration, null);
  assert.equal(credential.rules.length, 4);
});

test("DELETE /accounts/{applicationKey} forgets the account and its keys", async () => {
  const { emulator, clock, control } = setup();
  const created = await body<Created>(await control("POST", "/accounts", { credentials: 10, seed: 5 }));
  assert.equal((await control("DELETE", `/accounts/${created.applicationKey}`)).status, 200);
  assert.equal(emulator.store.accounts.length, 0);
  assert.equal((await control("GET", `/accounts/${created.applicationKey}`)).status, 404);
  assert.equal(emulator.store.findCredential(created.consumerKey), undefined);
  const refused = await signedFetch({ emulator, clock }, { path: "/me", keys: created });
  assert.equal(refused.status, 403);
});
