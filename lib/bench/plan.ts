import type { RowSpec } from "./run-row";

// Which rows a benchmark run measures, and in what order. CPU-bound rows (the ovh-keys strategy,
// which is what the targets are about) run one after the other on a quiet machine; latency-bound
// rows (the one-request-at-a-time baseline and the paced 60/min case, idle 95% of the time) then
// run side by side, which keeps the full benchmark to a few minutes.

export type BenchOptions = {
  latencyMs: number;
  sizes: number[];
  runs: number;
  /** The ovh-keys concurrency cap C. */
  concurrency: number;
  /** The emulator's per-consumer-key limit for the rate-limited case; null skips that case. */
  rateLimitPerMinute: number | null;
  /** Size of the rate-limited case: small, since it takes (S + E) / rate by design. */
  rateLimitedN: number;
};

/** A single baseline run longer than this is not repeated (issue 5). */
const REPEAT_BASELINE_BELOW_MS = 10_000;

/**
 * N of the rate-limited row: the bench's seed `bench-292` holds E = 100 dead credentials (expired or
 * refused), issue 12's case. At 60/min a run takes (2 + E)/rate ≈ 102 s.
 */
export const RATE_LIMITED_N = 292;

/** Paced runs are deterministic to within a second: three make a median without a quarter hour of waiting. */
const RATE_LIMITED_RUNS = 3;

export function planRows(options: BenchOptions): { sequential: RowSpec[]; sideBySide: RowSpec[] } {
  const { latencyMs, runs, concurrency } = options;
  const base = { latencyMs, runs, concurrency, rateLimitPerMinute: null, batch: true, warmUp: true } as const;
  const sequential: RowSpec[] = [];
  const sideBySide: RowSpec[] = [];
  for (const n of options.sizes) {
    sequential.push({ ...base, scenario: "list", strategy: "ovh-keys", n });
    sequential.push({ ...base, scenario: "list", strategy: "ovh-keys", n, batch: false });
    sequential.push({ ...base, scenario: "revoke-expired", strategy: "ovh-keys", n });
  }
  for (const n of options.sizes) {
    const expired = Math.round((n - 1) * 0.3);
    const naive = { ...base, strategy: "naive", n, warmUp: false, concurrency: 1 } as const;
    sideBySide.push({ ...naive, scenario: "list", runs: baselineRuns(1 + 2 * n, latencyMs, runs) });
    sideBySide.push({ ...naive, scenario: "revoke-expired", runs: baselineRuns(1 + n + expired, latencyMs, runs) });
  }
  if (options.rateLimitPerMinute !== null) {
    const limited = {
      ...base,
      scenario: "revoke-expired",
      n: options.rateLimitedN,
      rateLimitPerMinute: options.rateLimitPerMinute,
      warmUp: false,
    } as const;
    sideBySide.push({ ...limited, strategy: "ovh-keys", runs: Math.min(runs, RATE_LIMITED_RUNS) });
    sideBySide.push({ ...limited, strategy: "naive", runs: 1, concurrency: 1 });
  }
  return { sequential, sideBySide };
}

/**
 * An unmeasured pass over the ovh-keys scenarios at N = 1,000 before the first row, for both
 * processes' JIT: a running server has long compiled its hot paths, while a fresh benchmark process
 * would otherwise charge that compilation to whichever row comes first (the N = 100 rows measured
 * 109 to 113 ms cold against 97 to 99 ms warm). Each row still has its own warm-up run.
 */
export function processWarmUpRows(options: Pick<BenchOptions, "latencyMs" | "concurrency">): RowSpec[] {
  const base = {
    ...options,
    strategy: "ovh-keys",
    n: 1_000,
    runs: 1,
    rateLimitPerMinute: null,
    warmUp: false,
  } as const;
  return [
    { ...base, scenario: "list", batch: true },
    { ...base, scenario: "list", batch: false },
    { ...base, scenario: "revoke-expired", batch: true },
  ];
}

/** Predicted from the request count alone: every baseline request waits one full latency. */
export function baselineRuns(requests: number, latencyMs: number, runs: number): number {
  return requests * latencyMs > REPEAT_BASELINE_BELOW_MS ? 1 : runs;
}
