import assert from "node:assert/strict";
import { test } from "node:test";
import { ovhFailure } from "../actions/failures";
import { OvhApiError } from "../ovh/errors";
import { credentialFixture, json, ovhError, type RecordedRequest, testClient } from "../ovh/test-fetch";
import { deleteKeylessApplications, revokeApplication } from "./changes";

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

test("keyless cleanup deletes only owned applications that still have no credential, one result each", async () => {
  const { ovh, requests } = ovhWith({
    "GET /me/api/application": () => json([2, 3, 4]),
    "GET /me/api/credential?applicationId=2": () => json([]),
    "GET /me/api/credential?applicationId=3": () => json([11, 12]),
    "GET /me/api/credential?applicationId=4": () => json([]),
    "DELETE /me/api/application/2": () => json(null),
    "DELETE /me/api/application/4": () => ovhError(503, { message: "Busy" }, { "X-Ovh-Queryid": "EU.q4" }),
  });
  const state = await deleteKeylessApplications(ovh, [2, 3, 4, 5, 2]);
  assert.equal(state.status, "ok");
  const results = state.status === "ok" ? state.data.results : [];
  assert.deepEqual(
    results.map((r) => [r.id, r.outcome]),
    [
      [2, "revoked"],
      [3, "failed"],
      [4, "failed"],
      [5, "already-gone"],
    ],
  );
  assert.match(results[1]?.message ?? "", /2 credentials now/);
  assert.equal(results[2]?.queryId, "EU.q4");
  assert.ok(!requests.some((r) => r.method === "DELETE" && r.path.endsWith("/3")));
  assert.ok(!requests.some((r) => r.method === "DELETE" && r.path.endsWith("/5")));
});

test("keyless cleanup throws a failed listing, which the action frame reports as an error state", async () => {
  const { ovh, requests } = testClient(() => ovhError(500, { message: "down" }));
  const failed = await deleteKeylessApplications(ovh, [2]).catch((err: unknown) => err);
  assert.ok(failed instanceof OvhApiError);
  assert.equal(ovhFailure(failed).status, "error");
  assert.ok(!requests.some((r) => r.method === "DELETE"));
});
