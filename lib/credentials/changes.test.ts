import assert from "node:assert/strict";
import { test } from "node:test";
import { ovhFailure } from "../actions/failures";
import { OvhApiError } from "../ovh/errors";
import { credentialFixture, json, ovhError, testClient } from "../ovh/test-fetch";
import { changeAllowedIps, revokeCredential } from "./changes";

const facts = { currentCredentialId: 1, egressIps: ["203.0.113.5"] };

test("the session's own credential is never revoked, and OVH is not even asked", async () => {
  const { ovh, requests } = testClient(() => json(null));
  const state = await revokeCredential(ovh, { id: 1, confirmation: "1" }, facts);
  assert.equal(state.status, "error");
  assert.match(state.status === "error" ? state.message : "", /Disconnect and expire/);
  assert.equal(requests.length, 0);
});

test("a credential that can write needs its id typed, checked against what OVH says it holds", async () => {
  const { ovh, requests } = testClient((req) =>
    req.method === "GET" ? json(credentialFixture(7, { rules: [{ method: "DELETE", path: "/*" }] })) : json(null),
  );
  const refused = await revokeCredential(ovh, { id: 7, confirmation: "" }, facts);
  assert.equal(refused.status, "error");
  assert.ok(refused.status === "error" && refused.fieldErrors?.confirmation);
  assert.deepEqual(await revokeCredential(ovh, { id: 7, confirmation: " 7 " }, facts), {
    status: "ok",
    data: { outcome: "revoked" },
    message: undefined,
  });
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path}`),
    ["GET /me/api/credential/7", "GET /me/api/credential/7", "DELETE /me/api/credential/7"],
  );
});

test("a read-only credential is revoked without typing, and a vanished one counts as already gone", async () => {
  const readOnly = testClient((req) => (req.method === "GET" ? json(credentialFixture(8)) : json(null)));
  const state = await revokeCredential(readOnly.ovh, { id: 8, confirmation: "" }, facts);
  assert.equal(state.status === "ok" && state.data.outcome, "revoked");
  const gone = testClient(() => ovhError(404, { message: "The requested object (credentialId = 9) does not exist" }));
  const goneState = await revokeCredential(gone.ovh, { id: 9, confirmation: "" }, facts);
  assert.equal(goneState.status === "ok" && goneState.data.outcome, "already-gone");
});

test("OVH failures are thrown with their query id, for the action frame to say them", async () => {
  const { ovh } = testClient(() => ovhError(500, { message: "Internal error" }, { "X-Ovh-Queryid": "EU.ext-1.abc" }));
  const failed = await revokeCredential(ovh, { id: 8, confirmation: "" }, facts).catch((err: unknown) => err);
  assert.ok(failed instanceof OvhApiError);
  const state = ovhFailure(failed);
  assert.equal(state.status, "error");
  assert.equal(state.status === "error" && state.queryId, "EU.ext-1.abc");
});

test("allowed IPs that would lock the session out are refused before any call", async () => {
  const { ovh, requests } = testClient(() => json(null));
  const state = await changeAllowedIps(ovh, { id: 1, allowedIps: ["198.51.100.0/24"] }, facts);
  assert.equal(state.status, "error");
  assert.match(state.status === "error" ? (state.fieldErrors?.ips?.[0] ?? "") : "", /203\.0\.113\.5/);
  assert.equal(requests.length, 0);
});

test("allowed IPs are sent as the only field of the PUT", async () => {
  const { ovh, requests } = testClient(() => json(null));
  const state = await changeAllowedIps(ovh, { id: 1, allowedIps: ["203.0.113.0/24"] }, facts);
  assert.equal(state.status, "ok");
  await changeAllowedIps(ovh, { id: 4, allowedIps: null }, { currentCredentialId: 1, egressIps: [] });
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path} ${r.body}`),
    ['PUT /me/api/credential/1 {"allowedIPs":["203.0.113.0/24"]}', 'PUT /me/api/credential/4 {"allowedIPs":null}'],
  );
});
