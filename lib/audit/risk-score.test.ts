import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialRisk, gradeOf, liveness, riskiestCredentials, riskScore, severityWeights } from "./risk-score";
import { daysAgo, FULL_ACCESS, finding, makeView, rules } from "./test-fixtures";

test("an account with nothing to fix scores 0 and grade A", () => {
  const result = riskScore([makeView(), makeView()]);
  assert.equal(result.score, 0);
  assert.equal(result.grade, "A");
  assert.deepEqual(result.breakdown, []);
  assert.match(result.method, /severity/);
});

test("the score follows 100 × (1 − e^(−T/60)) of the weighted findings", () => {
  const view = makeView({ rules: FULL_ACCESS, allowedIPs: null, expiration: null });
  const total = severityWeights.critical + 2 * severityWeights.medium;
  assert.equal(credentialRisk(view), total);
  assert.equal(riskScore([view]).score, Math.round(100 * (1 - Math.exp(-total / 60))));
});

test("more live problems never lower the score, and it stays within 0–100", () => {
  let previous = -1;
  const views = [];
  for (let i = 0; i < 40; i++) {
    views.push(makeView({ rules: FULL_ACCESS, allowedIPs: null }));
    const { score } = riskScore(views);
    assert.ok(score >= previous && score <= 100);
    previous = score;
  }
  assert.equal(riskScore(views).grade, "F");
});

test("the breakdown counts credentials per finding and adds up the points", () => {
  const views = [
    makeView({ rules: FULL_ACCESS }),
    makeView({ rules: FULL_ACCESS }),
    makeView({ status: "pendingValidation", rules: FULL_ACCESS, lastUse: null }),
  ];
  const row = riskScore(views).breakdown.find((item) => item.findingId === "full-access");
  assert.deepEqual(row, { findingId: "full-access", severity: "critical", count: 3, weight: 25, points: 62.5 });
});

test("the same finding at two severities gets two rows, worst points first", () => {
  const { breakdown } = riskScore([
    makeView({ rules: rules("POST /me/api/credential") }),
    makeView({ rules: rules("GET /me/api/credential") }),
  ]);
  assert.deepEqual(
    breakdown.map((row) => `${row.findingId}:${row.severity}`),
    ["account-control:critical", "account-control:medium"],
  );
});

test("dead credentials weigh far less than live ones", () => {
  const live = makeView({}, { findings: [finding("dormant", "low")] });
  const expired = makeView({ status: "expired" }, { findings: [finding("dormant", "low"), finding("expired")] });
  const pastExpiry = makeView({ expiration: daysAgo(1) });
  assert.equal(liveness(live), 1);
  assert.equal(liveness(makeView({ status: "pendingValidation" })), 0.5);
  assert.ok(liveness(expired) < 0.1);
  assert.equal(liveness(pastExpiry), liveness(expired));
  assert.ok(credentialRisk(expired) < credentialRisk(live));
});

test("grades step at 10, 25, 40, 60 and 80", () => {
  assert.deepEqual([0, 9, 10, 24, 25, 39, 40, 59, 60, 79, 80, 100].map(gradeOf), [
    "A",
    "A",
    "B",
    "B",
    "C",
    "C",
    "D",
    "D",
    "E",
    "E",
    "F",
    "F",
  ]);
});

test("riskiest credentials rank live danger first and leave out riskless ones", () => {
  const clean = makeView();
  const deadFullAccess = makeView({ status: "expired", rules: FULL_ACCESS }, { findings: [finding("expired")] });
  const liveFullAccess = makeView({ rules: FULL_ACCESS });
  const dormant = makeView({ creation: daysAgo(400), lastUse: daysAgo(300) });
  const ranked = riskiestCredentials([clean, deadFullAccess, dormant, liveFullAccess], 10);
  assert.deepEqual(
    ranked.map((item) => item.view.credentialId),
    [liveFullAccess.credentialId, dormant.credentialId, deadFullAccess.credentialId],
  );
  assert.equal(riskiestCredentials([clean, liveFullAccess, dormant], 1).length, 1);
  assert.deepEqual(riskiestCredentials([liveFullAccess], 0), []);
});

test("equal risk is broken by the worst finding, then the id", () => {
  const a = makeView(
    {},
    { findings: [finding("dormant", "low"), finding("duplicate", "low"), finding("never-used", "low")] },
  );
  const b = makeView({}, { findings: [finding("no-ip-restriction", "medium")] });
  const c = makeView({}, { findings: [finding("never-expires", "medium")] });
  assert.equal(credentialRisk(a), credentialRisk(b));
  assert.deepEqual(
    riskiestCredentials([a, c, b], 3).map((item) => item.view.credentialId),
    [b.credentialId, c.credentialId, a.credentialId],
  );
});
