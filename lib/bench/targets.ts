// The rows of bench-results.json and the targets for them (issue 5, "Targets", at the
// benchmark's latency L): pure, so the arithmetic is unit-tested apart from any timing.

export type BenchRow = {
  scenario: "list" | "revoke-expired";
  strategy: "ovh-keys" | "naive";
  n: number;
  latencyMs: number;
  /** Whether the emulator accepted X-Ovh-Batch. */
  batch: boolean;
  /** The emulator's limit per consumer key (and the client's known budget), or null. */
  rateLimitPerMinute: number | null;
  runs: number;
  medianMs: number;
  /** The largest count over the measured runs (they agree unless 429s were retried). */
  requests: number;
  peakInFlight: number;
  /** The most 429 answers any one run met. */
  status429: number;
  correct: boolean;
  /** E: dead credentials in the account, expired or refused (what "Remove expired" revokes). */
  expired: number;
  /** A: applications holding the account's credentials, owned and foreign. */
  applications: number;
  /** C: the client's concurrency cap (ovh-keys), 1 for the sequential baseline. */
  concurrency: number;
  runMs: number[];
  /** Requests of the unmeasured first run after a cold start (batch support still unknown). */
  firstRunRequests: number | null;
  ratioToBaseline: number | null;
  target: Target | null;
};

export type Target = { requests: string; wall: string; met: boolean; note?: string };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * S: the lists "Remove expired" reads before its DELETEs, one per dead status (expired, refused).
 * The issue's "1 + E" assumed one list; the users' button takes refused credentials too.
 */
export const REMOVE_EXPIRED_LISTS = 2;

const wallTarget = (latencyMs: number, work: number, concurrency: number) =>
  Math.round(1.2 * latencyMs * (1 + Math.ceil(work / concurrency)));

/** The target for an ovh-keys row; null for the baseline and for rows the issue sets none for. */
export function targetFor(row: BenchRow): Target | null {
  if (row.strategy !== "ovh-keys") return null;
  const { n, latencyMs: L, concurrency: C, expired: E, applications: A } = row;
  const S = REMOVE_EXPIRED_LISTS;
  if (row.scenario === "revoke-expired" && row.rateLimitPerMinute !== null) {
    const floorMs = ((S + E) / row.rateLimitPerMinute) * 60_000;
    const within = Math.abs(row.medianMs - floorMs) <= 0.1 * floorMs;
    return {
      requests: `= S + E + 429s = ${S + E} + ${row.status429}, 429s ≤ 1`,
      wall: `(S+E)/rate = ${Math.round(floorMs)} ms ± 10%`,
      met: row.status429 <= 1 && within && row.requests === S + E + row.status429,
    };
  }
  if (row.scenario === "revoke-expired") {
    const wall = wallTarget(L, E, C);
    return {
      requests: `= S + E = ${S + E}`,
      wall: `≤ 1.2·L·(1+⌈E/C⌉) = ${wall} ms`,
      met: row.requests === S + E && row.medianMs <= wall,
    };
  }
  if (row.batch) {
    const max = 1 + Math.ceil(n / 50) + A;
    // The issue sets these two in milliseconds, at L = 30 ms only.
    const wall = L !== 30 ? null : n === 1_000 ? 150 : n === 5_000 ? 400 : null;
    return {
      requests: `≤ 1 + ⌈N/50⌉ + A = ${max}`,
      wall: wall === null ? "none set at this N and L" : `≤ ${wall} ms`,
      met: row.requests <= max && (wall === null || row.medianMs <= wall),
    };
  }
  const wall = wallTarget(L, n, C);
  const exact = 1 + n + A;
  return {
    requests: `= 1 + N + A = ${exact}`,
    wall: `≤ 1.2·L·(1+⌈N/C⌉) = ${wall} ms`,
    met: row.requests === exact && row.medianMs <= wall,
    note:
      row.requests === exact + 1
        ? "+1 request: GET /me/api/application, the only way to tell owned from foreign applications and to find keyless ones"
        : undefined,
  };
}

/** Ratio of each ovh-keys row's median to the baseline's for the same operation, size and rate limit. */
export function withRatios(rows: readonly BenchRow[]): BenchRow[] {
  return rows.map((row) => {
    const baseline = rows.find(
      (other) =>
        other.strategy === "naive" &&
        other.scenario === row.scenario &&
        other.n === row.n &&
        other.rateLimitPerMinute === row.rateLimitPerMinute,
    );
    const ratio = baseline && baseline.medianMs > 0 ? row.medianMs / baseline.medianMs : null;
    return { ...row, ratioToBaseline: ratio === null ? null : Number(ratio.toPrecision(3)) };
  });
}
