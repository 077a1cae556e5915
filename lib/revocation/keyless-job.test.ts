import assert from "node:assert/strict";
import { test } from "node:test";
import { json, ovhError, type RecordedRequest, testClient } from "../ovh/test-fetch";
import { tallyJob } from "./job";
import { runJob } from "./run-job";

// Delete keyless applications, as a job (moved from the server action it replaced,
// lib/applications/changes.test.ts): each id of the inventory's keyless applications is re-checked
// at OVH just before its DELETE, and every id ends in exactly one result.

const notFound = () => ovhError(404, { message: "The requested object (applicationId = 9) does not exist" });

function ovhWith(routes: Record<string, () => Response>) {
  return testClient((req: RecordedRequest) => {
    const key = `${req.method} ${req.path}${req.query.size ? `?${req.query}` : ""}`;
    return (routes[key] ?? notFound)();
  });
}

const fakeClock = { now: () => 0, sleep: async () => {} };

test("keyless cleanup deletes only owned applications that still have no credential, one result each", async () => {
  const { ovh, requests } = ovhWith({
    "GET /me/api/application": () => json([2, 3, 4]),
    "GET /me/api/credential?applicationId=2": () => json([]),
    "GET /me/api/credential?applicationId=3": () => json([11, 12]),
    "GET /me/api/credential?applicationId=4": () => json([]),
    "DELETE /me/api/application/2": () => json(null),
    "DELETE /me/api/application/4": () => ovhError(503, { message: "Busy" }, { "X-Ovh-Queryid": "EU.q4" }),
  });
  const job = await runJob(
    ovh,
    { kind: "delete-keyless-applications", ids: [2, 3, 4, 5, 2] },
    { currentCredentialId: 1, inventory: { credentialIds: [], keylessApplicationIds: [2, 3, 4, 5] }, ...fakeClock },
  );
  assert.equal(job.status, "done");
  assert.deepEqual(
    job.items.map((r) => [r.id, r.outcome]),
    [
      [2, "revoked"],
      [3, "failed"],
      [4, "failed"],
      [5, "already-gone"],
    ],
  );
  assert.match(job.items[1]?.message ?? "", /2 credentials now/);
  assert.equal(job.items[2]?.queryId, "EU.q4");
  assert.ok(!requests.some((r) => r.method === "DELETE" && r.path.endsWith("/3")));
  assert.ok(!requests.some((r) => r.method === "DELETE" && r.path.endsWith("/5")));
  const tally = tallyJob(job);
  assert.equal(tally.revoked + tally.alreadyGone + tally.failed + tally.notAttempted, 4);
});

test("keyless cleanup whose listing fails ends the job failed, with OVH's words, and deletes nothing", async () => {
  const { ovh, requests } = testClient(() => ovhError(500, { message: "down" }, { "X-Ovh-Queryid": "EU.down" }));
  const job = await runJob(
    ovh,
    { kind: "delete-keyless-applications", ids: [2] },
    { currentCredentialId: 1, inventory: { credentialIds: [], keylessApplicationIds: [2] }, ...fakeClock },
  );
  assert.equal(job.status, "failed");
  assert.match(job.error?.message ?? "", /down/);
  assert.equal(job.error?.queryId, "EU.down");
  assert.ok(!requests.some((r) => r.method === "DELETE"));
});
