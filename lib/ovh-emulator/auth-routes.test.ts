import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialSchema, tokenRequestResultSchema } from "@/lib/ovh/models";
import { body, type ErrorBody, harness, ORIGIN, signedFetch } from "./test-helpers";

function requestToken(h: ReturnType<typeof harness>, payload: unknown, appKey = h.keys.applicationKey) {
  return h.emulator.fetch(
    new Request(`${ORIGIN}/1.0/auth/credential`, {
      method: "POST",
      headers: { "X-Ovh-Application": appKey, "Content-Type": "application/json" },
      body: typeof payload === "string" ? payload : JSON.stringify(payload),
    }),
  );
}

test("GET /auth/time is an unsigned bare integer", async () => {
  const h = harness();
  const response = await h.emulator.fetch(new Request(`${ORIGIN}/1.0/auth/time`));
  assert.equal(response.status, 200);
  assert.equal(await response.text(), String(Math.floor(h.clock.now() / 1000)));
  assert.equal(response.headers.get("content-type"), "application/json; charset=utf-8");
});

test("the clock offset knob shifts /auth/time and the timestamp check", async () => {
  const h = harness({ seed: 7, credentials: 10, knobs: { clockOffsetSec: 600 } });
  const time = await h.emulator.fetch(
    new Request(`${ORIGIN}/1.0/auth/time`, { headers: { "X-Ovh-Application": h.keys.applicationKey } }),
  );
  const serverTime = Number(await time.text());
  assert.equal(serverTime, Math.floor(h.clock.now() / 1000) + 600);
  const local = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal((await body<ErrorBody>(local)).errorCode, "QUERY_TIME_OUT");
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys, timestamp: serverTime })).status, 200);
});

test("POST /auth/credential returns a pending consumer key and a validation URL", async () => {
  const h = harness();
  const response = await requestToken(h, {
    accessRules: [{ method: "GET", path: "/me" }],
    redirection: null,
    allowedIPs: null,
  });
  assert.equal(response.status, 200);
  const result = tokenRequestResultSchema.parse(await response.json());
  assert.equal(result.state, "pendingValidation");
  assert.match(result.consumerKey, /^[0-9a-f]{32}$/);
  assert.match(result.validationUrl, /^http:\/\/emulator\.test\/auth\/\?credentialToken=[0-9a-f]{64}$/);
  const stored = h.emulator.store.findCredential(result.consumerKey)?.credential;
  assert.equal(stored?.status, "pendingValidation");
  assert.deepEqual(stored?.rules, [{ method: "GET", path: "/me" }]);
});

test("the validation URL follows the mount prefix and the forwarded host", async () => {
  const h = harness(undefined, { basePath: "/api/ovh-emulator" });
  const response = await h.emulator.fetch(
    new Request("http://internal:3000/api/ovh-emulator/v1/auth/credential", {
      method: "POST",
      headers: {
        "X-Ovh-Application": h.keys.applicationKey,
        "x-forwarded-host": "localhost:3100",
        "x-forwarded-proto": "http",
      },
      body: JSON.stringify({ accessRules: [{ method: "GET", path: "/*" }] }),
    }),
  );
  const { validationUrl } = tokenRequestResultSchema.parse(await response.json());
  assert.match(validationUrl, /^http:\/\/localhost:3100\/api\/ovh-emulator\/auth\/\?credentialToken=/);
});

test("malformed accessRules are 400 with OVH's message", async () => {
  const h = harness();
  for (const payload of [
    {},
    { accessRules: "GET /me" },
    { accessRules: [{ method: "PATCH", path: "/me" }] },
    { accessRules: [{ method: "GET" }] },
    "not json",
  ]) {
    const response = await requestToken(h, payload);
    assert.equal(response.status, 400, JSON.stringify(payload));
    assert.equal((await body<ErrorBody>(response)).message, "Body parameter accessRules isn't formated correctly");
  }
});

test("bad allowedIPs or redirection in a token request are 400", async () => {
  const h = harness();
  const rules = [{ method: "GET", path: "/me" }];
  assert.equal((await requestToken(h, { accessRules: rules, allowedIPs: ["nope"] })).status, 400);
  assert.equal((await requestToken(h, { accessRules: rules, redirection: 42 })).status, 400);
  assert.equal(
    (await requestToken(h, { accessRules: rules, allowedIPs: ["192.0.2.0/24"], redirection: "https://x.test/" }))
      .status,
    200,
  );
});

test("a token request needs a known application key", async () => {
  const h = harness();
  const response = await requestToken(h, { accessRules: [{ method: "GET", path: "/me" }] }, "ZZZZZZZZZZZZZZZZ");
  assert.equal(response.status, 403);
  assert.equal((await body<ErrorBody>(response)).errorCode, "INVALID_KEY");
});

test("GET /auth/currentCredential describes the calling credential", async () => {
  const h = harness();
  const response = await signedFetch(h, { path: "/auth/currentCredential", keys: h.keys });
  const credential = credentialSchema.parse(await response.json());
  assert.equal(credential.status, "validated");
  assert.equal(credential.expiration, null);
  assert.equal(credential.rules.length, 4);
  assert.equal(h.emulator.store.findCredential(h.keys.consumerKey)?.credential.credentialId, credential.credentialId);
});

test("POST /auth/logout expires the calling credential", async () => {
  const h = harness();
  const logout = await signedFetch(h, { method: "POST", path: "/auth/logout", keys: h.keys });
  assert.equal(logout.status, 200);
  const credential = h.emulator.store.findCredential(h.keys.consumerKey)?.credential;
  assert.equal(credential?.status, "expired");
  assert.equal(credential?.expiration, h.clock.now());
  const after = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal((await body<ErrorBody>(after)).errorCode, "INVALID_CREDENTIAL");
});
