import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTable, formatTargets } from "./table";
import { type BenchRow, median, targetFor, withRatios } from "./targets";

const row = (overrides: Partial<BenchRow>): BenchRow => ({
  scenario: "list",
  strategy: "ovh-keys",
  n: 1_000,
  latencyMs: 30,
  batch: true,
  rateLimitPerMinute: null,
  runs: 5,
  medianMs: 100,
  requests: 25,
  peakInFlight: 16,
  status429: 0,
  correct: true,
  expired: 300,
  applications: 10,
  concurrency: 16,
  runMs: [100],
  firstRunRequests: null,
  ratioToBaseline: null,
  target: null,
  ...overrides,
});

test("median of odd and even counts, and of nothing", () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]), RangeError);
});

test("listing with batch: at most 1 + ceil(N/50) + A requests, and 150 ms at N = 1,000 or 400 ms at 5,000", () => {
  assert.equal(targetFor(row({ requests: 31, medianMs: 150 }))?.met, true);
  assert.equal(targetFor(row({ requests: 32 }))?.met, false);
  assert.equal(targetFor(row({ medianMs: 151 }))?.met, false);
  assert.equal(targetFor(row({ n: 5_000, requests: 111, medianMs: 400 }))?.met, true);
  assert.equal(targetFor(row({ n: 100, requests: 13, medianMs: 5_000 }))?.met, true, "no wall target at N = 100");
  assert.equal(targetFor(row({ latencyMs: 150, medianMs: 500 }))?.met, true, "the milliseconds are set for L = 30 ms");
});

test("listing with batch refused: exactly 1 + N + A, within 1.2·L·(1 + ceil(N/C)); the extra application list is named", () => {
  const refused = row({ batch: false, requests: 1_011, medianMs: 2_304 });
  assert.equal(targetFor(refused)?.met, true);
  assert.equal(targetFor({ ...refused, medianMs: 2_305 })?.met, false);
  const withList = targetFor({ ...refused, requests: 1_012 });
  assert.equal(withList?.met, false);
  assert.match(withList?.note ?? "", /GET \/me\/api\/application/);
});

test("revoking: exactly S + E (two lists) within 1.2·L·(1 + ceil(E/C)); rate-limited: at most one 429 and within 10% of (S + E)/rate", () => {
  const revoke = row({ scenario: "revoke-expired", requests: 302, medianMs: 720 });
  assert.equal(targetFor(revoke)?.met, true);
  assert.equal(targetFor({ ...revoke, medianMs: 721 })?.met, false);
  assert.equal(targetFor({ ...revoke, requests: 301 })?.met, false, "a list left out is not the users' path");
  assert.equal(targetFor({ ...revoke, requests: 303 })?.met, false);
  const limited = row({ scenario: "revoke-expired", n: 292, expired: 100, rateLimitPerMinute: 60, requests: 102 });
  assert.equal(targetFor({ ...limited, medianMs: 102_500 })?.met, true);
  assert.equal(targetFor({ ...limited, medianMs: 91_000 })?.met, false, "faster than the rate allows is not pacing");
  assert.equal(targetFor({ ...limited, medianMs: 113_000 })?.met, false, "slower than 10% past the rate");
  assert.equal(targetFor({ ...limited, medianMs: 103_000, status429: 1, requests: 103 })?.met, true);
  assert.equal(targetFor({ ...limited, medianMs: 103_000, status429: 2, requests: 104 })?.met, false);
  assert.equal(targetFor(row({ strategy: "naive" })), null);
});

test("ratios compare with the baseline of the same operation, size and rate limit", () => {
  const rows = withRatios([
    row({ medianMs: 50 }),
    row({ batch: false, medianMs: 1_000 }),
    row({ strategy: "naive", medianMs: 2_000 }),
    row({ scenario: "revoke-expired", medianMs: 10 }),
  ]);
  assert.deepEqual(
    rows.map((r) => r.ratioToBaseline),
    [0.025, 0.5, 1, null],
  );
});

test("the table lines up one row per result and the targets read as sentences", () => {
  const rows = [row({}), row({ strategy: "naive", medianMs: 61_000, requests: 2_001 })].map((r) => ({
    ...r,
    target: targetFor(r),
  }));
  const lines = formatTable(rows).split("\n");
  assert.equal(lines.length, 4);
  assert.match(lines[3] ?? "", /naive\s+1000\s+300\s+yes\s+-\s+16\s+5\s+61,000\s+2,001/);
  assert.equal(
    formatTargets(rows),
    "met    list N=1000: requests ≤ 1 + ⌈N/50⌉ + A = 31, wall ≤ 150 ms; got 25 requests, 100 ms",
  );
});
