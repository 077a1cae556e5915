import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_JOB_IDS } from "./job";
import { jobIdSchema, jobSpecSchema } from "./job-schema";

test("each job kind parses with exactly its own fields", () => {
  assert.deepEqual(jobSpecSchema.parse({ kind: "remove-expired" }), { kind: "remove-expired" });
  assert.deepEqual(jobSpecSchema.parse({ kind: "revoke-selected", ids: [1, 2] }), {
    kind: "revoke-selected",
    ids: [1, 2],
  });
  assert.deepEqual(jobSpecSchema.parse({ kind: "revoke-application-credentials", applicationId: 7 }), {
    kind: "revoke-application-credentials",
    applicationId: 7,
  });
  // The browser sends no ids for remove-expired: the server lists them itself.
  assert.equal(jobSpecSchema.safeParse({ kind: "remove-expired", ids: [1] }).success, false);
  assert.equal(jobSpecSchema.safeParse({ kind: "revoke-application-credentials" }).success, false);
  assert.equal(jobSpecSchema.safeParse({ kind: "drop-everything" }).success, false);
});

test("ids are bounded, non-empty and valid OVH ids", () => {
  const ids = (list: unknown[]) => jobSpecSchema.safeParse({ kind: "revoke-selected", ids: list }).success;
  assert.equal(ids([]), false);
  assert.equal(ids([0]), false);
  assert.equal(ids([1.5]), false);
  assert.equal(ids(["1"]), false);
  assert.equal(ids(Array.from({ length: MAX_JOB_IDS }, (_, i) => i + 1)), true);
  assert.equal(ids(Array.from({ length: MAX_JOB_IDS + 1 }, (_, i) => i + 1)), false);
});

test("a job id is a UUID, so no path form reaches the registry", () => {
  assert.equal(jobIdSchema.safeParse("0b5c7c1e-8f0e-4d7a-9d55-0d3c5f0f6a11").success, true);
  assert.equal(jobIdSchema.safeParse("../credentials").success, false);
  assert.equal(jobIdSchema.safeParse("").success, false);
});
