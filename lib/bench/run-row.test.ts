import assert from "node:assert/strict";
import { test } from "node:test";
import type { GroundTruth } from "@/lib/ovh-emulator/control-client";
import { listingMatches } from "./run-row";

const truth = (name: string): GroundTruth => ({
  stats: {} as GroundTruth["stats"],
  applications: [{ applicationId: 7, name, owned: true }],
  credentials: [
    { credentialId: 1, applicationId: 7, status: "validated" },
    { credentialId: 2, applicationId: 7, status: "expired" },
  ],
});

test("a listing matches ground truth with names as the client shows them (bidi controls made visible)", () => {
  const hostile = truth("invoice\u202Efdp.exe");
  const shown = "invoice[U+202E]fdp.exe";
  assert.equal(
    listingMatches(
      new Map([
        [1, shown],
        [2, shown],
      ]),
      hostile,
    ),
    true,
  );
  // The raw name is not what the client shows: a listing carrying it did not go through the models.
  assert.equal(
    listingMatches(
      new Map([
        [1, "invoice\u202Efdp.exe"],
        [2, "invoice\u202Efdp.exe"],
      ]),
      hostile,
    ),
    false,
  );
});

test("a listing missing a credential or naming the wrong application does not match", () => {
  const plain = truth("backup");
  assert.equal(listingMatches(new Map([[1, "backup"]]), plain), false);
  assert.equal(
    listingMatches(
      new Map([
        [1, "backup"],
        [2, "other"],
      ]),
      plain,
    ),
    false,
  );
});
