import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { OvhProtocolError } from "./errors";
import { credentialSchema, idListSchema, tokenRequestResultSchema } from "./models";
import { signRequest } from "./signature";
import { credentialFixture, json, noContent, testBaseUrl, testClient, testKeys } from "./test-fetch";

test("a signed GET carries the four OVH headers and a signature over the exact URL sent", async () => {
  const { ovh, requests, clock } = testClient(() => json([1, 2]));
  assert.deepEqual(await ovh.get("/me/api/credential", { schema: idListSchema }), [1, 2]);
  const [sent] = requests;
  assert.ok(sent);
  assert.equal(sent.method, "GET");
  assert.equal(sent.url, `${testBaseUrl}/me/api/credential`);
  assert.equal(sent.headers["x-ovh-application"], testKeys.appKey);
  assert.equal(sent.headers["x-ovh-consumer"], testKeys.consumerKey);
  assert.equal(sent.headers["x-ovh-timestamp"], String(Math.floor(clock.now() / 1000)));
  const expected = signRequest({
    appSecret: testKeys.appSecret,
    consumerKey: testKeys.consumerKey,
    method: "GET",
    url: sent.url,
    body: "",
    timestamp: Number(sent.headers["x-ovh-timestamp"]),
  });
  assert.equal(sent.headers["x-ovh-signature"], expected);
  assert.equal(sent.headers["content-type"], undefined);
  assert.equal(sent.body, "");
  assert.equal(sent.redirect, "manual");
});

test("the query string is part of the signed URL and is exactly the one fetched", async () => {
  const { ovh, requests } = testClient(() => json([]));
  await ovh.get("/me/api/credential", {
    schema: idListSchema,
    query: { applicationId: 49, status: "pendingValidation", unused: undefined, odd: "a b&c=d" },
  });
  const sent = requests[0];
  assert.ok(sent);
  assert.equal(sent.url, `${testBaseUrl}/me/api/credential?applicationId=49&status=pendingValidation&odd=a+b%26c%3Dd`);
  const signedOverUrl = signRequest({
    ...testKeys,
    method: "GET",
    url: sent.url,
    body: "",
    timestamp: Number(sent.headers["x-ovh-timestamp"]),
  });
  assert.equal(sent.headers["x-ovh-signature"], signedOverUrl);
});

test("a body is sent as the exact JSON string signed, with Content-Type, non-ASCII escaped", async () => {
  const { ovh, requests } = testClient(() => noContent());
  await ovh.put("/me/api/credential/7", { schema: z.null(), body: { allowedIPs: ["192.0.2.0/24"], note: "café" } });
  const sent = requests[0];
  assert.ok(sent);
  assert.equal(sent.body, '{"allowedIPs":["192.0.2.0/24"],"note":"caf\\u00e9"}');
  assert.equal(sent.headers["content-type"], "application/json");
  const signature = signRequest({
    ...testKeys,
    method: "PUT",
    url: `${testBaseUrl}/me/api/credential/7`,
    body: sent.body,
    timestamp: Number(sent.headers["x-ovh-timestamp"]),
  });
  assert.equal(sent.headers["x-ovh-signature"], signature);
});

test("an unsigned call carries only the application key, and needs no secret", async () => {
  const answer = { consumerKey: "ck", validationUrl: "https://x/auth", state: "pendingValidation" };
  const { ovh, requests } = testClient(() => json(answer), { appSecret: undefined, consumerKey: undefined });
  const body = { accessRules: [{ method: "GET", path: "/me" }] };
  await ovh.post("/auth/credential", { schema: tokenRequestResultSchema, body, auth: false });
  const sent = requests[0];
  assert.ok(sent);
  assert.equal(sent.headers["x-ovh-application"], testKeys.appKey);
  for (const header of ["x-ovh-consumer", "x-ovh-timestamp", "x-ovh-signature"])
    assert.equal(sent.headers[header], undefined);
  assert.equal(requests.length, 1, "no /auth/time for an unsigned call");
});

test("a signed call without secret or consumer key fails before anything is sent", async () => {
  const { ovh, requests } = testClient(() => json(1), { consumerKey: undefined });
  await assert.rejects(ovh.get("/me", { schema: z.unknown() }), /consumer key/);
  assert.equal(requests.length, 0);
});

test("noCache sends Pragma: no-cache and extra headers pass through", async () => {
  const { ovh, requests } = testClient(() => json([]));
  await ovh.get("/me/api/application", { schema: idListSchema, noCache: true, headers: { "X-Custom": "1" } });
  assert.equal(requests[0]?.headers.pragma, "no-cache");
  assert.equal(requests[0]?.headers["x-custom"], "1");
  await ovh.get("/me/api/application", { schema: idListSchema });
  assert.equal(requests[1]?.headers.pragma, undefined);
});

test("204 and empty 200 bodies parse as null", async () => {
  const { ovh } = testClient((_, i) => (i === 0 ? noContent() : new Response("", { status: 200 })));
  assert.equal(await ovh.del("/me/api/credential/1", { schema: z.null() }), null);
  assert.equal(await ovh.post("/auth/logout", { schema: z.unknown() }), null);
});

test("a payload that does not match the model is a protocol error naming route and field, not the value", async () => {
  const leaked = "value-that-must-not-appear";
  const { ovh } = testClient(() => json(credentialFixture(12, { status: leaked as never })));
  const err = await ovh.get("/me/api/credential/12", { schema: credentialSchema }).catch((e: unknown) => e);
  assert.ok(err instanceof OvhProtocolError);
  assert.equal(err.route, "/me/api/credential/{id}");
  assert.match(err.message, /status/);
  assert.doesNotMatch(`${err.message} ${JSON.stringify(err)}`, new RegExp(leaked));
});

test("a non-JSON success body and a null where an object is due are protocol errors", async () => {
  const { ovh } = testClient((_, i) => (i === 0 ? new Response("<html>ok</html>") : noContent()));
  await assert.rejects(
    ovh.get("/me", { schema: z.unknown() }),
    (e) => e instanceof OvhProtocolError && /not JSON/.test(e.what),
  );
  await assert.rejects(ovh.get("/me", { schema: credentialSchema }), OvhProtocolError);
});

test("paths must start with / and carry no query string", async () => {
  const { ovh, requests } = testClient(() => json(1));
  await assert.rejects(ovh.get("me", { schema: z.unknown() }), TypeError);
  await assert.rejects(ovh.get("/me?x=1", { schema: z.unknown() }), TypeError);
  assert.equal(requests.length, 0);
});

test("onCall reports route templates, status, query id and attempt for each call", async () => {
  const { ovh, calls } = testClient(() => json([], { headers: { "X-Ovh-Queryid": "EU.ext-1.abc" } }));
  await ovh.get("/me/api/credential/123/application", { schema: z.unknown() });
  await ovh.get("/me/api/credential/1,2,3", { schema: z.unknown() });
  assert.deepEqual(
    calls.map(({ method, route, status, queryId, attempt }) => ({ method, route, status, queryId, attempt })),
    [
      { method: "GET", route: "/me/api/credential/{id}/application", status: 200, queryId: "EU.ext-1.abc", attempt: 1 },
      { method: "GET", route: "/me/api/credential/{ids}", status: 200, queryId: "EU.ext-1.abc", attempt: 1 },
    ],
  );
});

test("a trailing slash on the base URL does not double the slash in the signed URL", async () => {
  const { ovh, requests } = testClient(() => json({}), { baseUrl: `${testBaseUrl}/` });
  await ovh.get("/me", { schema: z.unknown() });
  assert.equal(ovh.baseUrl, testBaseUrl);
  assert.equal(requests[0]?.url, `${testBaseUrl}/me`);
});
