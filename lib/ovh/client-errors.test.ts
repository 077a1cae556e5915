import assert from "node:assert/strict";
import { test } from "node:test";
import { inspect } from "node:util";
import { z } from "zod";
import { OvhApiError, OvhNetworkError, OvhProtocolError } from "./errors";
import { credentialSchema } from "./models";
import { json, ovhError, testClient, testKeys } from "./test-fetch";

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => assert.fail("expected the call to fail"),
    (err: unknown) => err,
  );
}

test("a legacy error body gives status, errorCode, message and the query id", async () => {
  const body = { message: "Invalid signature", httpCode: "400 Bad Request", errorCode: "INVALID_SIGNATURE" };
  const { ovh } = testClient(() => ovhError(400, body, { "x-ovh-queryid": "EU.ext-3.63ac85b6.10528" }));
  const err = await failureOf(ovh.get("/me/api/credential/42", { schema: z.unknown() }));
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.status, 400);
  assert.equal(err.errorCode, "INVALID_SIGNATURE");
  assert.equal(err.errorClass, undefined);
  assert.equal(err.message, "Invalid signature");
  assert.equal(err.queryId, "EU.ext-3.63ac85b6.10528");
  assert.equal(err.method, "GET");
  assert.equal(err.route, "/me/api/credential/{id}");
});

test("an IAM-era error body gives class, message and details", async () => {
  const details = { unauthorizedActionsByIAM: "account:apiovh:me/api/credential/delete" };
  const body = { class: "Client::Forbidden", message: "User not granted for this request", details };
  const { ovh } = testClient(() => ovhError(403, body, { "X-OVH-QUERYID": "FR.ws-8.5860f657" }));
  const err = await failureOf(ovh.del("/me/api/credential/42", { schema: z.unknown() }));
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.errorClass, "Client::Forbidden");
  assert.equal(err.errorCode, undefined);
  assert.equal(err.message, "User not granted for this request");
  assert.deepEqual(err.details, details);
  assert.equal(err.queryId, "FR.ws-8.5860f657");
});

test("a body with both shapes keeps both the code and the class", async () => {
  const body = { class: "Client::Forbidden", errorCode: "INVALID_CREDENTIAL", message: "This credential is not valid" };
  const { ovh } = testClient(() => ovhError(403, body));
  const err = await failureOf(ovh.get("/me", { schema: z.unknown() }));
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.errorClass, "Client::Forbidden");
  assert.equal(err.errorCode, "INVALID_CREDENTIAL");
  assert.equal(err.queryId, undefined);
});

test("a non-JSON error body keeps its raw text, truncated", async () => {
  const html = `<html><body>${"Bad gateway ".repeat(100)}</body></html>`;
  const { ovh } = testClient(() => new Response(html, { status: 500, headers: { "Content-Type": "text/html" } }));
  const err = await failureOf(ovh.get("/me", { schema: z.unknown() }));
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.status, 500);
  assert.ok(err.message.startsWith("<html><body>Bad gateway"));
  assert.ok(err.message.length <= 301, `message length ${err.message.length}`);
});

test("an empty error body falls back to the status line", async () => {
  const { ovh } = testClient(() => new Response("", { status: 404, statusText: "Not Found" }));
  const err = await failureOf(ovh.get("/me/api/application/9", { schema: z.unknown() }));
  assert.ok(err instanceof OvhApiError);
  assert.equal(err.message, "HTTP 404 Not Found");
});

test("no answer within timeoutMs is a timeout; a rejected fetch is a network error", async () => {
  const hanging = testClient(() => "hang", { timeoutMs: 20 });
  const timeout = await failureOf(hanging.ovh.post("/me/x", { schema: z.unknown(), body: {} }));
  assert.ok(timeout instanceof OvhNetworkError);
  assert.equal(timeout.kind, "timeout");
  assert.deepEqual(
    hanging.calls.map((c) => c.status),
    ["timeout"],
  );

  const refused = testClient(() => "network-error");
  const network = await failureOf(refused.ovh.post("/me/x", { schema: z.unknown(), body: {} }));
  assert.ok(network instanceof OvhNetworkError);
  assert.equal(network.kind, "network");
  assert.match(network.message, /ECONNREFUSED/);
});

test("no error, however printed, reveals the application secret, consumer key or signature", async () => {
  let signature = "";
  const failures = [
    () => ovhError(403, { errorCode: "INVALID_CREDENTIAL", message: "This credential is not valid" }),
    () => "network-error" as const,
    () => json({ credentialId: "not-a-number" }),
  ];
  for (const reply of failures) {
    const { ovh, requests } = testClient(() => reply(), { retry: { maxAttempts: 1 } });
    const err = await failureOf(ovh.get("/me/api/credential/1", { schema: credentialSchema }));
    assert.ok(err instanceof OvhApiError || err instanceof OvhNetworkError || err instanceof OvhProtocolError);
    signature = requests[0]?.headers["x-ovh-signature"] ?? "";
    assert.ok(signature.startsWith("$1$"));
    const renderings = [String(err), JSON.stringify(err), inspect(err, { depth: 5 }), err.stack ?? "", err.message];
    for (const text of renderings) {
      for (const secret of [testKeys.appSecret, testKeys.consumerKey, signature]) {
        assert.equal(text.includes(secret), false, `${err.name} leaked a secret in: ${text.slice(0, 80)}`);
      }
    }
  }
});
