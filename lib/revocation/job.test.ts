import assert from "node:assert/strict";
import { test } from "node:test";
import { type JobSnapshot, jobToCsv, jobToJson, tallyJob } from "./job";

const job = (items: JobSnapshot["items"], excluded: JobSnapshot["excluded"] = []): JobSnapshot => ({
  id: "job-1",
  kind: "revoke-selected",
  status: "done",
  items,
  excluded,
  rounds: 1,
  createdAt: 0,
  updatedAt: 0,
  requests: items.length,
  rateLimited: 0,
});

test("the tally accounts for every selected item; exclusions are not selected", () => {
  const report = job(
    [
      { id: 1, outcome: "revoked" },
      { id: 2, outcome: "already-gone" },
      { id: 3, outcome: "failed", message: "Service unavailable", queryId: "EU.1" },
      { id: 4, outcome: "not-attempted" },
    ],
    [{ id: 9, reason: "outside-inventory" }],
  );
  const tally = tallyJob(report);
  assert.equal(tally.selected, 4);
  assert.equal(tally.revoked + tally.alreadyGone + tally.failed + tally.notAttempted, tally.selected);
});

test("the CSV report goes through the one CSV writer: OVH's words cannot start a formula in any locale", () => {
  const csv = jobToCsv(
    job(
      [{ id: 3, outcome: "failed", message: 'backup;=HYPERLINK("http://x")', queryId: "=EU.1" }],
      [{ id: 9, reason: "own-credential" }],
    ),
  );
  const [header, failed, excluded] = csv.split("\r\n");
  assert.equal(header, "id,outcome,message,query_id,round");
  assert.equal(failed, '3,failed,"backup;\'=HYPERLINK(""http://x"")",\'=EU.1,');
  assert.match(excluded ?? "", /^9,refused,/);
  assert.ok(csv.endsWith("\r\n"));
});

test("the JSON report holds every item and exclusion, and nothing else than the job", () => {
  const report = JSON.parse(jobToJson(job([{ id: 1, outcome: "revoked" }], [{ id: 2, reason: "not-keyless" }])));
  assert.equal(report.id, "job-1");
  assert.equal(JSON.stringify(report).includes("consumerKey"), false);
  assert.deepEqual(
    report.items.map((item: { id: number }) => item.id),
    [1],
  );
});
