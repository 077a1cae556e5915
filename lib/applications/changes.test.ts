import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialFixture, json, ovhError, type RecordedRequest, testClient } from "../ovh/test-fetch";
import { revokeApplication } from "./changes";

const application = (id: number, name = `app ${id}`) => ({
  applicationId: id,
  applicationKey: `AK${id}`,
  name,
  description: "",
  status: "active",
});
const current = credentialFixture(1, { applicationId: 50 });
const notFound = () => ovhError(404, { message: "The requested object (applicationId = 9) does not exist" });

function ovhWith(routes: Record<string, () => Response>) {
  return testClient((req: RecordedRequest) => {
    const key = `${req.method} ${req.path}${req.query.size ? `?${req.query}` : ""}`;
    return (routes[key] ?? notFound)();
  });
}

test("an application is deleted once its exact name or id is typed", async () => {
  const { ovh, requests } = ovhWith({
    "GET /me/api/application/7": () => json(application(7, "deploy")),
    "GET /auth/currentCredential": () => json(current),
    "DELETE /me/api/application/7": () => json(null),
  });
  const wrong = await revokeApplication(ovh, { id: 7, confirmation: "Deploy" });
  assert.ok(wrong.status === "error" && wrong.fieldErrors?.confirmation);
  const done = await revokeApplication(ovh, { id: 7, confirmation: "deploy" });
  assert.equal(done.status === "ok" && done.data.outcome, "revoked");
  assert.equal(requests.filter((r) => r.method === "DELETE").length, 1);
});

test("the application of the session's own credential is never deleted", async () => {
  const { ovh, requests } = ovhWith({
    "GET /me/api/application/50": () => json(application(50)),
    "GET /auth/currentCredential": () => json(current),
  });
  const state = await revokeApplication(ovh, { id: 50, confirmation: "50" });
  assert.match(state.status === "error" ? state.message : "", /end this session/);
  assert.equal(requests.filter((r) => r.method === "DELETE").length, 0);
});

test("a foreign application cannot be deleted: OVH does not list it as the account's own", async () => {
  const { ovh, requests } = ovhWith({ "GET /auth/currentCredential": () => json(current) });
  const state = await revokeApplication(ovh, { id: 9, confirmation: "9" });
  assert.match(state.status === "error" ? state.message : "", /belongs to someone else/);
  assert.equal(requests.filter((r) => r.method === "DELETE").length, 0);
});
