import { forgetBatchVerdicts } from "@/lib/ovh/batch-support";
import { createOvhClient } from "@/lib/ovh/client";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { revealBidiControls } from "@/lib/ovh/inert-text";
import type { AccountShape, EmulatorControl, EmulatorKeys, GroundTruth } from "@/lib/ovh-emulator/control-client";
import { type Listing, listNaive, listOvhKeys, type RunContext, revokeNaive, revokeOvhKeys } from "./strategies";
import { type BenchRow, median } from "./targets";

// One row of the table: `runs` timed runs, each on a fresh emulator account of the same seed, with
// the emulator's counters reset just before the clock starts and ground truth checked just after.

export type RowSpec = Pick<
  BenchRow,
  "scenario" | "strategy" | "n" | "latencyMs" | "batch" | "rateLimitPerMinute" | "runs" | "concurrency"
> & {
  /** An unmeasured first run, whose request count is reported as the cold-start cost. */
  warmUp: boolean;
};

type RunResult = { ms: number; requests: number; peakInFlight: number; status429: number; correct: boolean };

export const EXPIRED_RATIO = 0.3;

export function accountShape(spec: RowSpec): AccountShape {
  return {
    seed: `bench-${spec.n}`,
    credentials: spec.n,
    expiredRatio: EXPIRED_RATIO,
    applications: 8,
    foreignApplications: 2,
    knobs: { latencyMs: spec.latencyMs, batch: spec.batch, rateLimitPerMinute: spec.rateLimitPerMinute },
  };
}

export async function runRow(emulator: EmulatorControl, spec: RowSpec, log: (line: string) => void): Promise<BenchRow> {
  const results: RunResult[] = [];
  let firstRunRequests: number | null = null;
  let facts = { expired: 0, applications: 0 };
  // Each ovh-keys row starts as a freshly started server would: batch support not yet known.
  if (spec.strategy === "ovh-keys") forgetBatchVerdicts();
  for (let i = spec.warmUp ? -1 : 0; i < spec.runs; i++) {
    const { result, truth } = await runOnce(emulator, spec);
    facts = truth;
    if (i < 0) firstRunRequests = result.requests;
    else results.push(result);
    const label = i < 0 ? "warm-up" : `run ${i + 1}/${spec.runs}`;
    log(`  ${label}: ${Math.round(result.ms)} ms, ${result.requests} requests${result.correct ? "" : ", INCORRECT"}`);
  }
  return {
    ...spec,
    runs: results.length,
    medianMs: Math.round(median(results.map((r) => r.ms))),
    requests: Math.max(...results.map((r) => r.requests)),
    peakInFlight: Math.max(...results.map((r) => r.peakInFlight)),
    status429: Math.max(...results.map((r) => r.status429)),
    correct: results.every((r) => r.correct),
    ...facts,
    runMs: results.map((r) => Math.round(r.ms)),
    firstRunRequests,
    ratioToBaseline: null,
    target: null,
  };
}

async function runOnce(emulator: EmulatorControl, spec: RowSpec) {
  const account = await emulator.createAccount(accountShape(spec));
  try {
    const ovh = clientFor(emulator, account, spec);
    const currentCredentialId = (await getCurrentCredential(ovh)).credentialId;
    const before = await emulator.groundTruth(account);
    await emulator.resetStats(account);
    const { rateLimitPerMinute, concurrency } = spec;
    const context: RunContext = { ovh, currentCredentialId, rateLimitPerMinute, concurrency };

    const started = performance.now();
    const outcome = await operation(spec)(context);
    const ms = performance.now() - started;

    const after = await emulator.groundTruth(account);
    const correct =
      spec.scenario === "list"
        ? listingMatches(outcome as Listing, before)
        : revocationMatches(before, after, currentCredentialId);
    const { stats } = after;
    return {
      result: { ms, requests: stats.requests, peakInFlight: stats.peakInFlight, status429: stats.rateLimited, correct },
      truth: { expired: deadIds(before).length, applications: usedApplications(before) },
    };
  } finally {
    await emulator.removeAccount(account);
  }
}

function operation(spec: RowSpec): (context: RunContext) => Promise<unknown> {
  if (spec.scenario === "list") return spec.strategy === "naive" ? listNaive : listOvhKeys;
  return spec.strategy === "naive" ? revokeNaive : revokeOvhKeys;
}

function clientFor(emulator: EmulatorControl, account: EmulatorKeys, spec: RowSpec) {
  return createOvhClient({
    baseUrl: emulator.endpoint,
    appKey: account.applicationKey,
    appSecret: account.applicationSecret,
    consumerKey: account.consumerKey,
    // Under a rate limit the baseline waits out every Retry-After (up to a minute) instead of giving up.
    retry: spec.rateLimitPerMinute && spec.strategy === "naive" ? { maxAttempts: 10, maxTotalMs: 600_000 } : {},
  });
}

/** What "Remove expired" revokes: expired and refused credentials, both dead for good. */
const deadIds = (truth: GroundTruth) =>
  truth.credentials.filter((c) => c.status === "expired" || c.status === "refused").map((c) => c.credentialId);

const usedApplications = (truth: GroundTruth) => new Set(truth.credentials.map((c) => c.applicationId)).size;

/** Every credential of the account, each with its application's name. */
export function listingMatches(listing: Listing, truth: GroundTruth): boolean {
  // Names as the client shows them: the seeded hostile names carry bidi controls the models make visible.
  const names = new Map(truth.applications.map((a) => [a.applicationId, revealBidiControls(a.name)]));
  return (
    listing.size === truth.credentials.length &&
    truth.credentials.every(
      (c) => listing.has(c.credentialId) && listing.get(c.credentialId) === names.get(c.applicationId),
    )
  );
}

/** Exactly the dead credentials are gone; the session's own one and every other one remain. */
function revocationMatches(before: GroundTruth, after: GroundTruth, currentCredentialId: number): boolean {
  const dead = new Set(deadIds(before));
  const expected = before.credentials.filter((c) => !dead.has(c.credentialId)).map((c) => c.credentialId);
  const remaining = new Set(after.credentials.map((c) => c.credentialId));
  return (
    deadIds(after).length === 0 &&
    remaining.size === expected.length &&
    expected.every((id) => remaining.has(id)) &&
    remaining.has(currentCredentialId)
  );
}
