import assert from "node:assert/strict";
import { test } from "node:test";
import { applicationSchema } from "@/lib/ovh/models";
import { body, type ErrorBody, firstCredential, harness, keysFor, signedFetch } from "./test-helpers";

type BatchItem = { key: string; value: Record<string, unknown> | null; error: string | null };

test("GET /me/api/application lists owned applications only", async () => {
  const h = harness();
  const ids = await body<number[]>(await signedFetch(h, { path: "/me/api/application", keys: h.keys }));
  const owned = [...h.account.applications.values()].filter((a) => a.owned);
  assert.deepEqual(
    ids,
    owned.map((a) => a.applicationId).sort((a, b) => a - b),
  );
  const foreign = [...h.account.applications.values()].find((a) => !a.owned);
  assert.ok(foreign);
  assert.equal(ids.includes(foreign.applicationId), false);
  assert.equal(
    (await signedFetch(h, { path: `/me/api/application/${foreign.applicationId}`, keys: h.keys })).status,
    404,
  );
});

test("an application reads as auth.ApiApplication without its secret", async () => {
  const h = harness();
  const [first] = await body<number[]>(await signedFetch(h, { path: "/me/api/application", keys: h.keys }));
  const json = await body<Record<string, unknown>>(
    await signedFetch(h, { path: `/me/api/application/${first}`, keys: h.keys }),
  );
  assert.equal(applicationSchema.parse(json).applicationId, first);
  assert.ok(!("applicationSecret" in json));
});

test("deleting an application removes every credential it holds", async () => {
  const h = harness();
  const victim = firstCredential(h, (c) => {
    const app = h.account.applications.get(c.applicationId);
    return !!app?.owned && c.consumerKey !== h.keys.consumerKey && app.applicationKey !== h.keys.applicationKey;
  });
  const held = [...h.account.credentials.values()].filter((c) => c.applicationId === victim.applicationId);
  const response = await signedFetch(h, {
    method: "DELETE",
    path: `/me/api/application/${victim.applicationId}`,
    keys: h.keys,
  });
  assert.equal(response.status, 200);
  assert.ok(held.length > 0);
  for (const c of held) assert.equal(h.account.credentials.has(c.credentialId), false);
  const listed = await body<number[]>(
    await signedFetch(h, { path: `/me/api/credential?applicationId=${victim.applicationId}`, keys: h.keys }),
  );
  assert.deepEqual(listed, []);
  assert.equal(
    (await signedFetch(h, { path: `/me/api/application/${victim.applicationId}`, keys: h.keys })).status,
    404,
  );
});

test("deleting the caller's own application revokes the caller too", async () => {
  const h = harness();
  const appId = firstCredential(h, (c) => c.consumerKey === h.keys.consumerKey).applicationId;
  assert.equal(
    (await signedFetch(h, { method: "DELETE", path: `/me/api/application/${appId}`, keys: h.keys })).status,
    200,
  );
  const after = await signedFetch(h, { path: "/me", keys: h.keys });
  assert.equal((await body<ErrorBody>(after)).errorCode, "INVALID_KEY");
});

test("X-Ovh-Batch returns one {key, value, error} per id, errors for missing ids", async () => {
  const h = harness();
  const [a, b] = [...h.account.credentials.keys()];
  const path = `/me/api/credential/${a},${b},12`;
  const response = await signedFetch(h, { path, keys: h.keys, headers: { "X-Ovh-Batch": "," } });
  assert.equal(response.status, 200);
  const items = await body<BatchItem[]>(response);
  assert.deepEqual(
    items.map((i) => i.key),
    [String(a), String(b), "12"],
  );
  assert.equal(items[0]?.value?.credentialId, a);
  assert.equal(items[0]?.error, null);
  assert.equal(items[2]?.value, null);
  assert.match(items[2]?.error ?? "", /credentialId = 12/);
});

test("X-Ovh-Batch works on applications and with a percent-encoded separator", async () => {
  const h = harness();
  const ids = await body<number[]>(await signedFetch(h, { path: "/me/api/application", keys: h.keys }));
  const path = `/me/api/application/${ids[0]}%2C${ids[1]}`;
  const items = await body<BatchItem[]>(await signedFetch(h, { path, keys: h.keys, headers: { "X-Ovh-Batch": "," } }));
  assert.deepEqual(
    items.map((i) => i.value?.applicationId),
    [ids[0], ids[1]],
  );
});

test("with the batch knob off, a joined id list is a plain bad id (400)", async () => {
  const h = harness({ seed: 7, credentials: 40, knobs: { batch: false } });
  const [a, b] = [...h.account.credentials.keys()];
  const response = await signedFetch(h, {
    path: `/me/api/credential/${a},${b}`,
    keys: h.keys,
    headers: { "X-Ovh-Batch": "," },
  });
  assert.equal(response.status, 400);
  assert.equal((await body<ErrorBody>(response)).class, "Client::BadRequest");
});

test("batch reads obey the access rules of the caller", async () => {
  const h = harness();
  const billing = firstCredential(
    h,
    (c) => c.status === "validated" && c.allowedIPs === null && c.rules.some((r) => r.path === "/me/bill*"),
  );
  const [a, b] = [...h.account.credentials.keys()];
  const response = await signedFetch(h, {
    path: `/me/api/credential/${a},${b}`,
    keys: keysFor(h, billing.credentialId),
    headers: { "X-Ovh-Batch": "," },
  });
  assert.equal(response.status, 403);
});
