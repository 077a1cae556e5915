import type { CredentialStatus } from "@/lib/ovh/models";
import { type CredentialView, type FindingId, findingIds, type Severity, severities } from "./types";

// The account risk score. Each finding weighs what its severity says, scaled by how alive its
// credential is: one that can act counts in full, a pending one half (it needs a validation
// first), an expired or refused one barely (it is clutter, not a threat). The total grows without
// bound, so it is squashed into 0–100 with 1 − e^(−total/60): every extra problem still moves
// the score, but less and less, and 0 means nothing to fix.

export const severityWeights: Readonly<Record<Severity, number>> = {
  critical: 25,
  high: 10,
  medium: 3,
  low: 1,
  info: 0,
};
const LIVE = 1;
const PENDING = 0.5;
const DEAD = 0.05;
const SCALE = 60;

export type Grade = "A" | "B" | "C" | "D" | "E" | "F";
/** Lowest score of each grade, best first. */
export const gradeThresholds: readonly { grade: Grade; from: number }[] = [
  { grade: "A", from: 0 },
  { grade: "B", from: 10 },
  { grade: "C", from: 25 },
  { grade: "D", from: 40 },
  { grade: "E", from: 60 },
  { grade: "F", from: 80 },
];

export type RiskBreakdownItem = {
  findingId: FindingId;
  severity: Severity;
  count: number;
  weight: number;
  points: number;
};
export type RiskScore = { score: number; grade: Grade; breakdown: RiskBreakdownItem[]; method: string };

export const riskMethod =
  "Each finding adds its severity weight (critical 25, high 10, medium 3, low 1, info 0), in full for a credential that can act, half for a pending one and 5% for an expired or refused one. " +
  "The total T becomes 100 × (1 − e^(−T/60)): 0 means nothing to fix, and grades run from A (under 10) to F (80 and more).";

/** How much a credential's findings count: 1 if it can act, less when it cannot. */
const livenessByStatus: Readonly<Record<CredentialStatus, number>> = {
  validated: LIVE,
  pendingValidation: PENDING,
  expired: DEAD,
  refused: DEAD,
};

export function liveness(view: Pick<CredentialView, "status" | "findings">): number {
  // A validated credential past its expiration carries the expired finding and cannot act either.
  if (view.status === "validated" && view.findings.some((finding) => finding.id === "expired")) return DEAD;
  return livenessByStatus[view.status];
}

export function credentialRisk(view: Pick<CredentialView, "status" | "findings">): number {
  const factor = liveness(view);
  return view.findings.reduce((sum, finding) => sum + severityWeights[finding.severity] * factor, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function gradeOf(score: number): Grade {
  let grade: Grade = "A";
  for (const threshold of gradeThresholds) if (score >= threshold.from) grade = threshold.grade;
  return grade;
}

export function riskScore(views: readonly CredentialView[]): RiskScore {
  const rows = new Map<string, RiskBreakdownItem>();
  let total = 0;
  for (const view of views) {
    const factor = liveness(view);
    for (const finding of view.findings) {
      const weight = severityWeights[finding.severity];
      const key = `${finding.id}:${finding.severity}`;
      const row = rows.get(key) ?? { findingId: finding.id, severity: finding.severity, count: 0, weight, points: 0 };
      row.count += 1;
      row.points += weight * factor;
      rows.set(key, row);
      total += weight * factor;
    }
  }
  const score = Math.round(100 * (1 - Math.exp(-total / SCALE)));
  const breakdown = [...rows.values()]
    .map((row) => ({ ...row, points: round(row.points) }))
    .sort(
      (a, b) =>
        b.points - a.points ||
        severities.indexOf(a.severity) - severities.indexOf(b.severity) ||
        findingIds.indexOf(a.findingId) - findingIds.indexOf(b.findingId),
    );
  return { score, grade: gradeOf(score), breakdown, method: riskMethod };
}

const severityRank = Object.fromEntries(severities.map((severity, index) => [severity, index])) as Record<
  Severity,
  number
>;

export type RankedCredential = { view: CredentialView; risk: number };

/**
 * Every credential with its risk, riskiest first: ties broken by the worst finding, then the id. The
 * one notion of "riskiest" (the overview's top list, the revocation preview). Keys are computed once
 * per credential, not per comparison, so 5,000 credentials rank in a few milliseconds.
 */
export function rankByRisk(views: readonly CredentialView[]): RankedCredential[] {
  const rows = views.map((view) => {
    let worst: number = severities.length;
    for (const finding of view.findings) worst = Math.min(worst, severityRank[finding.severity]);
    return { view, risk: credentialRisk(view), worst };
  });
  rows.sort((a, b) => b.risk - a.risk || a.worst - b.worst || a.view.credentialId - b.view.credentialId);
  return rows.map(({ view, risk }) => ({ view, risk }));
}

/** The n credentials with the highest risk, in `rankByRisk` order; riskless ones are left out. */
export function riskiestCredentials(views: readonly CredentialView[], n: number): RankedCredential[] {
  return rankByRisk(views)
    .filter((ranked) => ranked.risk > 0)
    .slice(0, Math.max(0, n));
}
