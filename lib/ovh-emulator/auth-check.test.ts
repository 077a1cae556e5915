import assert from "node:assert/strict";
import { test } from "node:test";
import { signRequest } from "@/lib/ovh/signature";
import { body, type ErrorBody, firstCredential, harness, keysFor, ORIGIN, signedFetch } from "./test-helpers";

async function expectError(response: Response, status: number, errorCode: string, message?: string) {
  const error = await body<ErrorBody>(response);
  assert.equal(response.status, status);
  assert.equal(error.errorCode, errorCode);
  if (message) assert.equal(error.message, message);
  return error;
}

test("a correctly signed call succeeds and records lastUse", async () => {
  const h = harness();
  const dashboard = firstCredential(h, (c) => c.consumerKey === h.keys.consumerKey);
  assert.equal(dashboard.lastUse, null);
  const response = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal(response.status, 200);
  assert.equal((await body<{ nichandle: string }>(response)).nichandle, h.keys.nichandle);
  assert.equal(dashboard.lastUse, h.clock.now());
});

test("a bad signature is 400 INVALID_SIGNATURE with both error shapes", async () => {
  const h = harness();
  const response = await signedFetch(h, { path: "/me", keys: h.keys, signUrl: `${ORIGIN}/1.0/me?x=1` });
  const error = await expectError(response, 400, "INVALID_SIGNATURE", "Invalid signature");
  assert.equal(error.httpCode, "400 Bad Request");
  assert.equal(error.class, "Client::BadRequest");
  assert.equal(response.headers.get("content-type"), "application/json; charset=utf-8");
  assert.match(response.headers.get("x-ovh-queryid") ?? "", /^EU\.ext-\d\.[0-9a-f]{8}\.\d+\.[0-9a-f-]{36}$/);
});

test("the signature covers the body byte for byte", async () => {
  const h = harness();
  const request = new Request(`${ORIGIN}/1.0/auth/logout`, {
    method: "POST",
    body: "{}",
    headers: (() => {
      const ts = Math.floor(h.clock.now() / 1000);
      const sig = signRequest({
        ...h.keys,
        appSecret: h.keys.applicationSecret,
        method: "POST",
        url: `${ORIGIN}/1.0/auth/logout`,
        body: "{ }",
        timestamp: ts,
      });
      return {
        "X-Ovh-Application": h.keys.applicationKey,
        "X-Ovh-Consumer": h.keys.consumerKey,
        "X-Ovh-Timestamp": String(ts),
        "X-Ovh-Signature": sig,
      };
    })(),
  });
  await expectError(await h.emulator.fetch(request, { clientIp: "127.0.0.1" }), 400, "INVALID_SIGNATURE");
});

test("an unknown application key is 403 INVALID_KEY", async () => {
  const h = harness();
  const keys = { ...h.keys, applicationKey: "AAAAAAAAAAAAAAAA" };
  const error = await expectError(
    await signedFetch(h, { path: "/me", keys }),
    403,
    "INVALID_KEY",
    "Invalid application key",
  );
  assert.equal(error.class, "Client::Forbidden");
  assert.equal(error.httpCode, "403 Forbidden");
});

test("an unknown consumer key is 403 NOT_CREDENTIAL", async () => {
  const h = harness();
  const keys = { ...h.keys, consumerKey: "0".repeat(32) };
  await expectError(
    await signedFetch(h, { path: "/me", keys }),
    403,
    "NOT_CREDENTIAL",
    "This credential does not exist",
  );
});

test("a consumer key of another application is 403 INVALID_CREDENTIAL", async () => {
  const h = harness();
  const dashboardApp = firstCredential(h, (c) => c.consumerKey === h.keys.consumerKey).applicationId;
  const other = firstCredential(h, (c) => c.status === "validated" && c.applicationId !== dashboardApp);
  const keys = { ...h.keys, consumerKey: other.consumerKey };
  await expectError(
    await signedFetch(h, { path: "/me", keys }),
    403,
    "INVALID_CREDENTIAL",
    "This credential is not valid",
  );
});

test("a consumer key of another account is 403 INVALID_CREDENTIAL", async () => {
  const h = harness();
  const stranger = h.emulator.store.addAccount({ seed: 99, credentials: 5 });
  const keys = { ...h.keys, consumerKey: stranger.keys.consumerKey };
  await expectError(await signedFetch(h, { path: "/me", keys }), 403, "INVALID_CREDENTIAL");
});

for (const status of ["pendingValidation", "refused", "expired"] as const) {
  test(`a ${status} consumer key is 403 INVALID_CREDENTIAL`, async () => {
    const h = harness();
    const credential = firstCredential(h, (c) => c.status === status);
    await expectError(
      await signedFetch(h, { path: "/me", keys: keysFor(h, credential.credentialId) }),
      403,
      "INVALID_CREDENTIAL",
    );
  });
}

test("a validated credential past its expiration is refused and flips to expired", async () => {
  const h = harness();
  const credential = firstCredential(
    h,
    (c) => c.status === "validated" && c.expiration !== null && c.allowedIPs === null,
  );
  const keys = keysFor(h, credential.credentialId);
  h.clock.set((credential.expiration ?? 0) + 1000);
  await expectError(await signedFetch(h, { path: "/me", keys }), 403, "INVALID_CREDENTIAL");
  assert.equal(credential.status, "expired");
});

test("a timestamp more than 180 s away is 400 QUERY_TIME_OUT, within it is fine", async () => {
  const h = harness();
  const now = Math.floor(h.clock.now() / 1000);
  await expectError(await signedFetch(h, { path: "/me", keys: h.keys, timestamp: now - 181 }), 400, "QUERY_TIME_OUT");
  await expectError(await signedFetch(h, { path: "/me", keys: h.keys, timestamp: now + 181 }), 400, "QUERY_TIME_OUT");
  assert.equal((await signedFetch(h, { path: "/me", keys: h.keys, timestamp: now - 180 })).status, 200);
});

test("a call outside the access rules is 403 NOT_GRANTED_CALL, /auth calls need no rule", async () => {
  const h = harness();
  const credential = firstCredential(
    h,
    (c) => c.status === "validated" && c.allowedIPs === null && c.rules.some((r) => r.path === "/me/bill*"),
  );
  const keys = keysFor(h, credential.credentialId);
  await expectError(
    await signedFetch(h, { path: "/me/api/credential", keys }),
    403,
    "NOT_GRANTED_CALL",
    "This call has not been granted",
  );
  assert.equal((await signedFetch(h, { path: "/auth/currentCredential", keys })).status, 200);
});

test("wildcard rules grant by method and path pattern", async () => {
  const h = harness();
  const readOnly = firstCredential(
    h,
    (c) =>
      c.status === "validated" &&
      c.allowedIPs === null &&
      c.expiration === null &&
      c.rules.length === 1 &&
      c.rules[0]?.path === "/*" &&
      c.rules[0]?.method === "GET",
  );
  const keys = keysFor(h, readOnly.credentialId);
  assert.equal((await signedFetch(h, { path: "/me/api/credential", keys })).status, 200);
  await expectError(
    await signedFetch(h, { method: "DELETE", path: `/me/api/credential/${readOnly.credentialId}`, keys }),
    403,
    "NOT_GRANTED_CALL",
  );
});

test("missing consumer key or signature is 401 You must login first", async () => {
  const h = harness();
  const response = await h.emulator.fetch(
    new Request(`${ORIGIN}/1.0/me`, { headers: { "X-Ovh-Application": h.keys.applicationKey } }),
  );
  const error = await expectError(response, 401, "NOT_AUTHENTICATED", "You must login first");
  assert.equal(error.class, "Client::Unauthorized");
  await expectError(await h.emulator.fetch(new Request(`${ORIGIN}/1.0/me`)), 401, "NOT_AUTHENTICATED");
});

test("the /v1 prefix is an alias of /1.0 and is signed as addressed", async () => {
  const h = harness();
  assert.equal((await signedFetch(h, { prefix: "/v1", path: "/me/api/application", keys: h.keys })).status, 200);
  const crossed = await signedFetch(h, { prefix: "/v1", path: "/me", keys: h.keys, signUrl: `${ORIGIN}/1.0/me` });
  await expectError(crossed, 400, "INVALID_SIGNATURE");
});

test("behind a proxy the signature covers x-forwarded-proto and x-forwarded-host", async () => {
  const h = harness();
  const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "keys.example.net:8443" };
  const ok = await signedFetch(h, {
    path: "/me",
    keys: h.keys,
    headers,
    signUrl: "https://keys.example.net:8443/1.0/me",
  });
  assert.equal(ok.status, 200);
  await expectError(await signedFetch(h, { path: "/me", keys: h.keys, headers }), 400, "INVALID_SIGNATURE");
});
