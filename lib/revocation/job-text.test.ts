import assert from "node:assert/strict";
import { test } from "node:test";
import { type JobItemResult, type JobSnapshot, jobProgress } from "./job";
import { backHref, formatEta, indicatorText, jobOutcomeLine, jobStatusLine, jobTitle } from "./job-text";

const T = 1_700_000_000_000;

function job(items: JobItemResult["outcome"][], patch: Partial<JobSnapshot> = {}): JobSnapshot {
  return {
    id: "0b5c7c1e-8f0e-4d7a-9d55-0d3c5f0f6a11",
    kind: "remove-expired",
    status: "running",
    items: items.map((outcome, i) => ({ id: i + 1, outcome, round: 1 })),
    excluded: [],
    rounds: 1,
    createdAt: T,
    runningSince: T,
    updatedAt: T,
    requests: 0,
    rateLimited: 0,
    ...patch,
  };
}

const many = (count: number, outcome: JobItemResult["outcome"]) => Array.from({ length: count }, () => outcome);

test("titles are the buttons' own words", () => {
  assert.equal(jobTitle("remove-expired"), "Remove expired");
  assert.equal(jobTitle("revoke-selected"), "Revoke selected");
  assert.equal(jobTitle("revoke-application-credentials", "Backup bot"), "Revoke every credential of Backup bot");
  assert.equal(jobTitle("delete-keyless-applications"), "Delete keyless applications");
});

test("while OVH holds the rate, the line says why, what is done and the time left", () => {
  const paced = job([...many(34, "revoked"), ...many(52, "pending")], {
    status: "waiting",
    rateLimitPerMinute: 60,
    waitingUntil: T + 1_000,
  });
  // 52 requests at one a second, the first after the 1 s wait under way: 1 + 51 = 52 s.
  assert.equal(jobStatusLine(paced, T), "OVH is limiting the rate: 34 of 86 done, about 52 s left");
  const running = job([...many(10, "revoked"), ...many(10, "pending")]);
  assert.equal(jobStatusLine(running, T + 2_000), "Revoking: 10 of 20 done, about 2 s left");
  assert.equal(jobStatusLine(job([], { status: "listing" }), T), "Asking OVH for the expired and refused credentials…");
});

test("a clean success says so plainly; failures and a stop say what is left", () => {
  assert.equal(
    jobOutcomeLine(job([...many(80, "revoked"), ...many(6, "already-gone")], { status: "done" })),
    "All 86 dead credentials are revoked.",
  );
  assert.equal(
    jobOutcomeLine(job(many(3, "revoked"), { status: "done", kind: "revoke-selected" })),
    "All 3 selected credentials are revoked.",
  );
  assert.equal(
    jobOutcomeLine(job(many(2, "revoked"), { status: "done", kind: "delete-keyless-applications" })),
    "All 2 keyless applications are deleted.",
  );
  assert.equal(
    jobOutcomeLine(job([...many(5, "revoked"), "failed"], { status: "done" })),
    "5 of 6 revoked; 1 failed. Retry failed re-runs only those.",
  );
  assert.match(
    jobOutcomeLine(job([...many(5, "revoked"), ...many(4, "not-attempted")], { status: "stopped" })),
    /^Stopped: 5 revoked, 0 failed, 4 not attempted\./,
  );
  assert.equal(
    jobOutcomeLine(job([], { status: "done" })),
    "There was no expired or refused credential left to revoke.",
  );
});

test("the header indicator is short, and names the wait", () => {
  const running = job([...many(34, "revoked"), ...many(52, "pending")], { status: "waiting" });
  assert.equal(indicatorText(jobProgress(running)), "Revoking: 34 of 86 · waiting for OVH");
  assert.equal(indicatorText(jobProgress({ ...running, status: "running" })), "Revoking: 34 of 86");
  assert.equal(indicatorText(jobProgress(job(many(3, "revoked"), { status: "done" }))), "Revocation done");
});

test("time left reads in seconds, then minutes", () => {
  assert.equal(formatEta(undefined), "");
  assert.equal(formatEta(400), "about 1 s left");
  assert.equal(formatEta(52_000), "about 52 s left");
  assert.equal(formatEta(25 * 60_000), "about 25 min left");
});

test("the way back keeps the admin's filters and never leaves the dashboard", () => {
  assert.equal(backHref("/credentials?status=expired&q=ci"), "/credentials?status=expired&q=ci");
  assert.equal(backHref("/applications/12"), "/applications/12");
  assert.equal(backHref("//evil.example/credentials"), "/credentials");
  assert.equal(backHref("/\\evil.example"), "/credentials");
  assert.equal(backHref("https://evil.example/"), "/credentials");
  assert.equal(backHref("/connect?next=x"), "/credentials");
  assert.equal(backHref(null), "/credentials");
});
