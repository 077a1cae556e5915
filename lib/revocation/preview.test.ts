import assert from "node:assert/strict";
import { test } from "node:test";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import { rankByRisk } from "@/lib/audit/risk-score";
import {
  daysAgo,
  daysFromNow,
  FULL_ACCESS,
  hoursAgo,
  makeCredential,
  makeView,
  makeViews,
  NOW,
  rules,
} from "@/lib/audit/test-fixtures";
import type { CredentialView } from "@/lib/audit/types";
import {
  confirmationFor,
  confirmationHint,
  credentialCount,
  matchesPhrase,
  PREVIEW_LISTED,
  previewHeadline,
  type RevocationPreview,
  summarizeRevocation,
} from "./preview";

const READ_ONLY = rules("GET /domain/*");
const WRITE = rules("GET /domain/*", "PUT /domain/*");

function many(count: number, overrides: Parameters<typeof makeView>[0] = {}): CredentialView[] {
  return Array.from({ length: count }, () => makeView(overrides));
}

test("counts by status, by use in the last 24 hours and 7 days, and still valid with write access", () => {
  const preview = summarizeRevocation(
    [
      makeView({ lastUse: hoursAgo(2), rules: WRITE }),
      makeView({ lastUse: daysAgo(3), rules: READ_ONLY }),
      makeView({ lastUse: daysAgo(30), rules: WRITE }),
      makeView({ lastUse: null, status: "pendingValidation" }),
      makeView({ lastUse: daysAgo(2), status: "expired", expiration: daysAgo(1), rules: WRITE }),
      makeView({ lastUse: null, status: "refused" }),
      // Validated past its expiration: OVH has not flipped it yet, but it cannot act.
      makeView({ lastUse: hoursAgo(30), expiration: daysAgo(1), rules: WRITE }),
    ],
    NOW,
  );
  assert.equal(preview.total, 7);
  assert.deepEqual(preview.byStatus, { validated: 4, pendingValidation: 1, expired: 1, refused: 1 });
  assert.equal(preview.usedLast24Hours, 1);
  assert.equal(preview.usedLast7Days, 4);
  assert.equal(preview.stillValid, 3);
  assert.equal(preview.stillValidWithWriteAccess, 2);
  assert.equal(preview.pending, 1);
  assert.equal(preview.dead, 3);
});

test("a use dated just inside the window counts, one just outside does not, and a use in the future is recent", () => {
  const preview = summarizeRevocation(
    [
      makeView({ lastUse: new Date(NOW - 24 * 3_600_000 + 1).toISOString() }),
      makeView({ lastUse: new Date(NOW - 24 * 3_600_000).toISOString() }),
      makeView({ lastUse: new Date(NOW + 60_000).toISOString() }),
      makeView({ lastUse: "not a date" }),
    ],
    NOW,
  );
  assert.equal(preview.usedLast24Hours, 2);
  assert.equal(preview.usedLast7Days, 3);
});

test("findings are counted once per credential, named and ranked by the catalogue, in its order", () => {
  const views = [
    makeView({ rules: FULL_ACCESS, allowedIPs: null, expiration: null }),
    makeView({ allowedIPs: null }),
    makeView({ status: "expired", expiration: daysAgo(2) }),
  ];
  const { byFinding } = summarizeRevocation(views, NOW);
  const catalogue = Object.keys(findingLabels);
  assert.deepEqual(
    byFinding.map((row) => row.id),
    [...byFinding.map((row) => row.id)].sort((a, b) => catalogue.indexOf(a) - catalogue.indexOf(b)),
  );
  const noIp = byFinding.find((row) => row.id === "no-ip-restriction");
  assert.deepEqual(noIp, { id: "no-ip-restriction", title: "No IP restriction", severity: "medium", count: 2 });
  assert.equal(byFinding.find((row) => row.id === "full-access")?.title, findingLabels["full-access"].title);
  assert.ok(byFinding.every((row) => row.count > 0));
});

test("lists the riskiest first in the audit's one risk order, capped, and counts the rest", () => {
  const views = [...many(60), makeView({ rules: FULL_ACCESS, allowedIPs: null }), ...many(3, { status: "refused" })];
  const preview = summarizeRevocation(views, NOW);
  assert.equal(preview.riskiest.length, PREVIEW_LISTED);
  assert.equal(preview.notListed, views.length - PREVIEW_LISTED);
  assert.deepEqual(
    preview.riskiest.map((ranked) => ranked.view.credentialId),
    rankByRisk(views)
      .slice(0, PREVIEW_LISTED)
      .map((ranked) => ranked.view.credentialId),
  );
  assert.equal(preview.riskiest[0]?.view.rules, FULL_ACCESS);
  const small = summarizeRevocation(views.slice(0, 3), NOW);
  assert.equal(small.riskiest.length, 3);
  assert.equal(small.notListed, 0);
});

test("the input is left in its order", () => {
  const views = [makeView(), makeView({ rules: FULL_ACCESS })];
  const before = views.map((view) => view.credentialId);
  summarizeRevocation(views, NOW);
  assert.deepEqual(
    views.map((view) => view.credentialId),
    before,
  );
});

function preview(overrides: Partial<RevocationPreview>): RevocationPreview {
  return { ...summarizeRevocation([], NOW), ...overrides };
}

test("a clean-up of dead credentials, or of few idle read-only ones, asks for a simple confirmation", () => {
  assert.deepEqual(confirmationFor(preview({ total: 4999, dead: 4999 })), { level: "simple" });
  assert.deepEqual(confirmationFor(preview({ total: 100, stillValid: 100, stillValidWithWriteAccess: 0 })), {
    level: "simple",
  });
});

test("any still-valid credential with write access asks for a typed confirmation that says so", () => {
  assert.deepEqual(confirmationFor(preview({ total: 3, stillValid: 1, stillValidWithWriteAccess: 1, dead: 2 })), {
    level: "typed",
    phrase: "revoke 3",
    reasons: ["1 still-valid credential with write access"],
  });
});

test("more than 100 still-valid credentials ask for a typed confirmation that names the fact", () => {
  const confirmation = confirmationFor(
    preview({ total: 1812, stillValid: 312, stillValidWithWriteAccess: 312, dead: 1500 }),
  );
  assert.deepEqual(confirmation, {
    level: "typed",
    phrase: "revoke 1812",
    reasons: ["312 still-valid credentials with write access"],
  });
  assert.deepEqual(confirmationFor(preview({ total: 2000, stillValid: 2000, stillValidWithWriteAccess: 280 })), {
    level: "typed",
    phrase: "revoke 2000",
    reasons: ["2,000 still-valid credentials, 280 of them with write access"],
  });
  assert.deepEqual(confirmationFor(preview({ total: 101, stillValid: 101 })), {
    level: "typed",
    phrase: "revoke 101",
    reasons: ["101 still-valid credentials"],
  });
});

test("any credential used in the last 24 hours asks for a typed confirmation, with both reasons when both hold", () => {
  assert.deepEqual(confirmationFor(preview({ total: 1, stillValid: 1, usedLast24Hours: 1 })), {
    level: "typed",
    phrase: "revoke 1",
    reasons: ["1 used in the last 24 hours"],
  });
  const both = confirmationFor(preview({ total: 4999, stillValid: 3000, usedLast24Hours: 4 }));
  assert.equal(both.level, "typed");
  assert.deepEqual(both.level === "typed" && both.reasons, [
    "3,000 still-valid credentials",
    "4 used in the last 24 hours",
  ]);
  assert.equal(
    confirmationHint(both.level === "typed" ? both.reasons : []),
    "Asked because of 3,000 still-valid credentials and 4 used in the last 24 hours.",
  );
});

test("the phrase is matched forgiving case and spaces, never a different count", () => {
  const confirmation = { phrase: "revoke 312" };
  assert.ok(matchesPhrase(confirmation, "  Revoke   312 "));
  assert.ok(!matchesPhrase(confirmation, "revoke 31"));
  assert.ok(!matchesPhrase(confirmation, "revoke 3120"));
  assert.ok(!matchesPhrase(confirmation, ""));
});

test("the headline fits the case: dead credentials cannot work any more, live ones stop at once, plurals right", () => {
  assert.equal(credentialCount(1), "1 credential");
  assert.equal(credentialCount(2), "2 credentials");
  assert.equal(credentialCount(1500), "1,500 credentials");
  assert.equal(previewHeadline(preview({})), "Nothing to revoke.");
  assert.equal(
    previewHeadline(preview({ total: 1, dead: 1 })),
    "This credential cannot work any more; revoking it clears it away.",
  );
  assert.equal(
    previewHeadline(preview({ total: 1500, dead: 1500 })),
    "These 1,500 credentials cannot work any more; revoking them clears them away.",
  );
  assert.equal(
    previewHeadline(preview({ total: 1, stillValid: 1 })),
    "This credential will stop working at once. This cannot be undone.",
  );
  assert.equal(
    previewHeadline(preview({ total: 2, stillValid: 2 })),
    "These 2 credentials will stop working at once. This cannot be undone.",
  );
  assert.equal(
    previewHeadline(preview({ total: 3, pending: 3 })),
    "These 3 credentials are awaiting validation and will never work. This cannot be undone.",
  );
  assert.equal(
    previewHeadline(preview({ total: 1812, stillValid: 312, dead: 1500 })),
    "Of these 1,812 credentials, 312 will stop working at once and 1,500 cannot work any more. This cannot be undone.",
  );
  assert.equal(
    previewHeadline(preview({ total: 6, stillValid: 1, pending: 2, dead: 3 })),
    "Of these 6 credentials, 1 will stop working at once, 2 awaiting validation will never work and 3 cannot work any more. This cannot be undone.",
  );
  for (const text of [previewHeadline(preview({ total: 1500, dead: 1500 }))]) {
    assert.doesNotMatch(text, /stop working/);
  }
});

test("5,000 credentials are summarised quickly (timing printed, not asserted)", () => {
  const credentials = Array.from({ length: 5000 }, (_, index) =>
    makeCredential({
      applicationId: (index % 40) + 1,
      status: index % 3 === 0 ? "expired" : index % 11 === 0 ? "refused" : "validated",
      expiration: index % 3 === 0 ? daysAgo(index % 90) : index % 7 === 0 ? null : daysFromNow(index % 60),
      lastUse: index % 5 === 0 ? null : hoursAgo(index % 400),
      allowedIPs: index % 4 === 0 ? null : ["203.0.113.0/24"],
      rules: index % 9 === 0 ? FULL_ACCESS : index % 2 === 0 ? WRITE : READ_ONLY,
    }),
  );
  const views = makeViews(credentials);
  summarizeRevocation(views, NOW); // warm-up: the first call also compiles
  const runs: number[] = [];
  const cpu = process.cpuUsage();
  for (let run = 0; run < 10; run++) {
    const start = performance.now();
    summarizeRevocation(views, NOW);
    runs.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  runs.sort((a, b) => a - b);
  // CPU time beside wall time: on a shared machine the wall time mostly measures the neighbours.
  console.log(
    `summarizeRevocation, 5,000 credentials: wall median ${runs[5]?.toFixed(1)} ms, best ${runs[0]?.toFixed(1)} ms, ` +
      `worst ${runs[9]?.toFixed(1)} ms; CPU ${((used.user + used.system) / 10_000).toFixed(1)} ms a run (10 runs)`,
  );
  assert.equal(summarizeRevocation(views, NOW).total, 5000);
});
