import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { deleteApplication, getApplication, getApplications, listApplicationIds } from "./applications";
import { forgetBatchVerdicts } from "./batch-support";
import { json, noContent, ovhError, type RecordedRequest, testClient } from "./test-fetch";

const application = (id: number) => ({
  applicationId: id,
  applicationKey: `AK${id}`,
  name: `app ${id}`,
  description: "",
  status: "active",
});
beforeEach(() => forgetBatchVerdicts());

const idsOf = (req: RecordedRequest) => (req.path.split("/").pop() ?? "").split(",").map(Number);

test("listApplicationIds reads /me/api/application, optionally uncached", async () => {
  const { ovh, requests } = testClient(() => json([12345, 67890]));
  assert.deepEqual(await listApplicationIds(ovh, { noCache: true }), [12345, 67890]);
  assert.equal(requests[0]?.path, "/me/api/application");
  assert.equal(requests[0]?.headers.pragma, "no-cache");
});

test("getApplications batches, then falls back to single GETs when batching is refused", async () => {
  const batching = testClient((req) =>
    json(idsOf(req).map((id) => ({ key: String(id), value: application(id), error: null }))),
  );
  const apps = await getApplications(batching.ovh, [2, 1]);
  assert.deepEqual(
    apps.map((a) => a.applicationId),
    [2, 1],
  );
  assert.equal(batching.requests[0]?.path, "/me/api/application/2,1");
  assert.equal(batching.requests[0]?.headers["x-ovh-batch"], ",");

  const refusing = testClient((req) =>
    req.headers["x-ovh-batch"] ? ovhError(405, { message: "no" }) : json(application(idsOf(req)[0] ?? 0)),
  );
  const fallback = await getApplications(refusing.ovh, [2, 1]);
  assert.deepEqual(
    fallback.map((a) => a.applicationId),
    [2, 1],
  );
  assert.deepEqual(
    refusing.requests.map((r) => r.path),
    ["/me/api/application/2,1", "/me/api/application/2", "/me/api/application/1"],
  );
});

test("getApplication and deleteApplication use the application route; a 404 on delete is already-gone", async () => {
  const { ovh, requests } = testClient((req, i) => {
    if (req.method === "GET") return json(application(5));
    return i === 1 ? noContent() : ovhError(404, { message: "This application does not exist" });
  });
  assert.equal((await getApplication(ovh, 5)).name, "app 5");
  assert.equal(await deleteApplication(ovh, 5), "revoked");
  assert.equal(await deleteApplication(ovh, 5), "already-gone");
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path}`),
    ["GET /me/api/application/5", "DELETE /me/api/application/5", "DELETE /me/api/application/5"],
  );
});
