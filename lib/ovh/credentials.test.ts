import assert from "node:assert/strict";
import { test } from "node:test";
import {
  deleteCredential,
  getCredential,
  getCredentialApplication,
  getCurrentCredential,
  listCredentialIds,
  logout,
  setAllowedIps,
} from "./credentials";
import { OvhApiError, OvhProtocolError } from "./errors";
import { credentialFixture, json, noContent, ovhError, testClient } from "./test-fetch";

const application = { applicationId: 7, applicationKey: "AK", name: "app", description: "d", status: "active" };

test("listCredentialIds filters by application and status in the query string", async () => {
  const { ovh, requests } = testClient(() => json([5, 6]));
  assert.deepEqual(await listCredentialIds(ovh, { status: "expired", applicationId: 49, noCache: true }), [5, 6]);
  assert.equal(requests[0]?.url, "https://eu.api.ovh.com/1.0/me/api/credential?applicationId=49&status=expired");
  assert.equal(requests[0]?.headers.pragma, "no-cache");
  await listCredentialIds(ovh);
  assert.equal(requests[1]?.url, "https://eu.api.ovh.com/1.0/me/api/credential");
});

test("a credential list that is not an id array is a protocol error", async () => {
  const { ovh } = testClient(() => json([{ credentialId: 1 }]));
  await assert.rejects(listCredentialIds(ovh), OvhProtocolError);
});

test("getCredential, its application and the current credential read the right routes", async () => {
  const { ovh, requests } = testClient((req) =>
    req.path.endsWith("/application") ? json(application) : json(credentialFixture(42)),
  );
  assert.equal((await getCredential(ovh, 42)).credentialId, 42);
  assert.equal((await getCredentialApplication(ovh, 42)).applicationId, 7);
  assert.equal((await getCurrentCredential(ovh)).credentialId, 42);
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path}`),
    ["GET /me/api/credential/42", "GET /me/api/credential/42/application", "GET /auth/currentCredential"],
  );
  assert.ok(requests.every((r) => r.headers["x-ovh-signature"]?.startsWith("$1$")));
});

test("deleting a credential reports revoked, or already-gone on a 404", async () => {
  const { ovh, requests } = testClient((_, i) =>
    i === 0 ? noContent() : ovhError(404, { message: "does not exist" }),
  );
  assert.equal(await deleteCredential(ovh, 9), "revoked");
  assert.equal(await deleteCredential(ovh, 9), "already-gone");
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path}`),
    ["DELETE /me/api/credential/9", "DELETE /me/api/credential/9"],
  );
});

test("a refused delete is thrown, not reported as done", async () => {
  const { ovh } = testClient(() =>
    ovhError(403, { errorCode: "NOT_GRANTED_CALL", message: "This call has not been granted" }),
  );
  await assert.rejects(deleteCredential(ovh, 9), (e) => e instanceof OvhApiError && e.status === 403);
});

test("setAllowedIps PUTs only the writable allowedIPs field", async () => {
  const { ovh, requests } = testClient(() => noContent());
  await setAllowedIps(ovh, 3, ["192.0.2.0/24", "2001:db8::/32"]);
  await setAllowedIps(ovh, 3, null);
  assert.equal(requests[0]?.method, "PUT");
  assert.equal(requests[0]?.path, "/me/api/credential/3");
  assert.equal(requests[0]?.body, '{"allowedIPs":["192.0.2.0/24","2001:db8::/32"]}');
  assert.equal(requests[1]?.body, '{"allowedIPs":null}');
  assert.equal(requests[0]?.headers["content-type"], "application/json");
});

test("logout is a signed POST /auth/logout without a body", async () => {
  const { ovh, requests } = testClient(() => new Response("", { status: 200 }));
  await logout(ovh);
  assert.equal(requests[0]?.method, "POST");
  assert.equal(requests[0]?.path, "/auth/logout");
  assert.equal(requests[0]?.body, "");
  assert.ok(requests[0]?.headers["x-ovh-signature"]);
});

test("a non-integer credential id is refused before any request", async () => {
  const { ovh, requests } = testClient(() => noContent());
  await assert.rejects(getCredential(ovh, 1.5), RangeError);
  await assert.rejects(deleteCredential(ovh, -2), RangeError);
  assert.equal(requests.length, 0);
});
