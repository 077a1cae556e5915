import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialSchema } from "@/lib/ovh/models";
import { body, type ErrorBody, firstCredential, harness, ORIGIN, signedFetch } from "./test-helpers";

test("lists credential ids as integers, filtered by status and applicationId", async () => {
  const h = harness();
  const all = await body<number[]>(await signedFetch(h, { path: "/me/api/credential", keys: h.keys }));
  assert.equal(all.length, h.account.credentials.size);
  assert.ok(all.every(Number.isInteger));
  const expired = await body<number[]>(
    await signedFetch(h, { path: "/me/api/credential?status=expired", keys: h.keys }),
  );
  const truth = [...h.account.credentials.values()].filter((c) => c.status === "expired").map((c) => c.credentialId);
  assert.deepEqual(
    expired,
    truth.sort((a, b) => a - b),
  );
  assert.ok(expired.length > 0);
  const appId = firstCredential(h, (c) => c.consumerKey === h.keys.consumerKey).applicationId;
  const byApp = await body<number[]>(
    await signedFetch(h, { path: `/me/api/credential?applicationId=${appId}&status=validated`, keys: h.keys }),
  );
  assert.ok(byApp.length > 0);
  for (const id of byApp) {
    const c = h.account.credentials.get(id);
    assert.equal(c?.applicationId, appId);
    assert.equal(c?.status, "validated");
  }
});

test("bad filters are 400", async () => {
  const h = harness();
  assert.equal((await signedFetch(h, { path: "/me/api/credential?status=gone", keys: h.keys })).status, 400);
  assert.equal((await signedFetch(h, { path: "/me/api/credential?applicationId=x", keys: h.keys })).status, 400);
});

test("a credential reads as auth.ApiCredential with OVH datetimes", async () => {
  const h = harness();
  const expired = firstCredential(h, (c) => c.status === "expired" && c.lastUse !== null);
  const response = await signedFetch(h, { path: `/me/api/credential/${expired.credentialId}`, keys: h.keys });
  const json = await body<Record<string, unknown>>(response);
  const parsed = credentialSchema.parse(json);
  assert.equal(parsed.credentialId, expired.credentialId);
  assert.match(parsed.creation, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  assert.match(parsed.expiration ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  assert.ok(!("consumerKey" in json));
});

test("an unknown credential is 404 and a non-numeric id 400", async () => {
  const h = harness();
  const missing = await signedFetch(h, { path: "/me/api/credential/12", keys: h.keys });
  assert.equal(missing.status, 404);
  const error = await body<ErrorBody>(missing);
  assert.equal(error.message, "The requested object (credentialId = 12) does not exist");
  assert.equal(error.class, "Client::NotFound");
  assert.equal((await signedFetch(h, { path: "/me/api/credential/abc", keys: h.keys })).status, 400);
  assert.equal((await signedFetch(h, { path: "/me/api/credential/12/application", keys: h.keys })).status, 404);
});

test("PUT changes only allowedIPs and validates the blocks", async () => {
  const h = harness();
  const target = firstCredential(h, (c) => c.status === "refused");
  const path = `/me/api/credential/${target.credentialId}`;
  const put = (payload: unknown) =>
    signedFetch(h, { method: "PUT", path, keys: h.keys, body: JSON.stringify(payload) });
  const response = await put({ allowedIPs: ["192.0.2.0/24", "2001:db8::/32"], status: "validated", rules: [] });
  assert.equal(response.status, 200);
  assert.equal(await response.text(), "null");
  assert.deepEqual(target.allowedIPs, ["192.0.2.0/24", "2001:db8::/32"]);
  assert.equal(target.status, "refused");
  assert.ok(target.rules.length > 0);
  assert.equal((await put({ allowedIPs: ["300.0.0.0/8"] })).status, 400);
  assert.equal((await put({ allowedIPs: "192.0.2.0/24" })).status, 400);
  assert.deepEqual(target.allowedIPs, ["192.0.2.0/24", "2001:db8::/32"]);
  assert.equal((await put({ allowedIPs: null })).status, 200);
  assert.equal(target.allowedIPs, null);
});

test("DELETE revokes a credential, after which its key does not exist", async () => {
  const h = harness();
  const victim = firstCredential(h, (c) => c.status === "validated" && c.consumerKey !== h.keys.consumerKey);
  const response = await signedFetch(h, {
    method: "DELETE",
    path: `/me/api/credential/${victim.credentialId}`,
    keys: h.keys,
  });
  assert.equal(response.status, 200);
  assert.equal(h.account.credentials.has(victim.credentialId), false);
  assert.equal(h.emulator.store.findCredential(victim.consumerKey), undefined);
  assert.equal(
    (await signedFetch(h, { method: "DELETE", path: `/me/api/credential/${victim.credentialId}`, keys: h.keys }))
      .status,
    404,
  );
});

test("a credential's application is readable even when it is a foreign one", async () => {
  const h = harness();
  const foreign = firstCredential(h, (c) => h.account.applications.get(c.applicationId)?.owned === false);
  const response = await signedFetch(h, {
    path: `/me/api/credential/${foreign.credentialId}/application`,
    keys: h.keys,
  });
  const app = await body<{ applicationId: number; name: string }>(response);
  assert.equal(response.status, 200);
  assert.equal(app.applicationId, foreign.applicationId);
  assert.match(app.name, /^OVHcloud /);
});

test("unknown routes are 404 and wrong methods 405, both with a query id", async () => {
  const h = harness();
  const unknown = await signedFetch(h, { path: "/domain/zone", keys: h.keys });
  assert.equal(unknown.status, 404);
  assert.ok(unknown.headers.get("x-ovh-queryid"));
  const wrong = await signedFetch(h, { method: "POST", path: "/me/api/credential", keys: h.keys, body: "{}" });
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get("allow"), "GET");
  assert.equal((await body<ErrorBody>(wrong)).class, "Client::MethodNotAllowed");
  const outside = await h.emulator.fetch(new Request(`${ORIGIN}/nothing-here`));
  assert.equal(outside.status, 404);
  assert.ok(outside.headers.get("x-ovh-queryid"));
});
