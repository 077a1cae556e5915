import assert from "node:assert/strict";
import { test } from "node:test";
import { buildCredentialViews } from "@/lib/audit/findings";
import type { ApplicationRef } from "@/lib/audit/types";
import { credentialFixture } from "@/lib/ovh/test-fetch";
import { packAuditSnapshot, unpackAuditSnapshot } from "./audit-wire";
import type { AuditSnapshot } from "./inventory";

const long: ApplicationRef = {
  applicationId: 1000,
  name: "x".repeat(10_000),
  description: "d",
  applicationKey: "AK",
  status: "active",
  owned: true,
};

function snapshot(): AuditSnapshot {
  const now = Date.UTC(2026, 2, 28);
  const credentials = [1, 2, 3, 4].map((id) => credentialFixture(id, { applicationId: id === 4 ? 999 : 1000 }));
  return {
    now,
    currentCredentialId: 2,
    credentials: buildCredentialViews(credentials, new Map([[1000, long]]), { now, currentCredentialId: 2 }),
    applications: [long],
  };
}

test("the wire form names each application once and reads back as the same snapshot", () => {
  const original = snapshot();
  const text = JSON.stringify(packAuditSnapshot(original));
  assert.equal(text.split("x".repeat(10_000)).length - 1, 1, "the long name travels once");
  const back = unpackAuditSnapshot(JSON.parse(text));
  assert.deepEqual(back, JSON.parse(JSON.stringify(original)));
  assert.equal(back.credentials[0]?.application, back.applications[0], "views share the application object");
  assert.equal(back.credentials[3]?.application, null, "an unresolved application stays null");
});
