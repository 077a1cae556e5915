// `npm run bench [-- --quick] [--latency-ms 30] [--n 100,1000,5000] [--runs 5] [--concurrency 16] [--rate-limit 60]
// [--memory-sessions 20] [--only list,revoke,rate,memory,baseline] [--emulator-port 0] [--out bench-results.json]`
// Issue 5's benchmark: the standalone emulator in a child process with latency L, then listing and
// revoking expired credentials through the project's own lib code, the ovh-keys way and the naive
// sequential way, with request counts from the emulator and correctness from its ground truth.
import { writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "@/lib/bench/emulator-process";
import { formatMemory, runMemoryScenario } from "@/lib/bench/memory";
import { type BenchOptions, planRows, processWarmUpRows, RATE_LIMITED_N } from "@/lib/bench/plan";
import { type RowSpec, runRow } from "@/lib/bench/run-row";
import { formatTable, formatTargets } from "@/lib/bench/table";
import { type BenchRow, targetFor, withRatios } from "@/lib/bench/targets";
import { integerOption } from "@/lib/cli/integer-option";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "latency-ms": { type: "string", default: "30" },
    n: { type: "string" },
    runs: { type: "string", default: "5" },
    concurrency: { type: "string", default: String(OVH_CONCURRENCY) },
    "rate-limit": { type: "string", default: "60" },
    "memory-sessions": { type: "string", default: "20" },
    only: { type: "string" },
    "emulator-port": { type: "string", default: "0" },
    out: { type: "string", default: "bench-results.json" },
  },
});

const quick = values.quick ?? false;
const parts = new Set(
  (values.only ?? (quick ? "list,revoke,baseline" : "list,revoke,rate,memory,baseline")).split(","),
);
const rateLimit = parts.has("rate") ? integerOption("rate-limit", values["rate-limit"], 0, 100_000) : 0;
const memorySessions = parts.has("memory") ? integerOption("memory-sessions", values["memory-sessions"], 0, 100) : 0;
const options: BenchOptions = {
  latencyMs: integerOption("latency-ms", values["latency-ms"], 0, 10_000),
  sizes: (values.n ?? (quick ? "1000" : "100,1000,5000")).split(",").map((n) => integerOption("n", n, 2, 10_000)),
  runs: integerOption("runs", values.runs, 1, 50),
  concurrency: integerOption("concurrency", values.concurrency, 1, 256),
  rateLimitPerMinute: rateLimit === 0 ? null : rateLimit,
  rateLimitedN: RATE_LIMITED_N,
};

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`.padStart(5);
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const label = (spec: RowSpec) =>
  `${spec.scenario} ${spec.strategy} N=${spec.n}${spec.batch ? "" : " batch refused"}${spec.rateLimitPerMinute ? ` ${spec.rateLimitPerMinute}/min` : ""}`;

const emulator = await startEmulatorProcess({
  port: integerOption("emulator-port", values["emulator-port"], 0, 65_535),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    emulator.stop().finally(() => process.exit(130));
  });
}
const machine = () => `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs`;
log(`emulator ${emulator.endpoint} (pid ${emulator.pid}), latency ${options.latencyMs} ms per request; ${machine()}`);
try {
  const wanted = (spec: RowSpec) =>
    (spec.strategy === "ovh-keys" || parts.has("baseline")) &&
    (spec.rateLimitPerMinute !== null || parts.has(spec.scenario === "list" ? "list" : "revoke"));
  const planned = planRows(options);
  const plan = { sequential: planned.sequential.filter(wanted), sideBySide: planned.sideBySide.filter(wanted) };
  const rows: BenchRow[] = [];
  if (plan.sequential.length > 0) {
    log("process warm-up (unmeasured): list, list with batch refused and revoke-expired at N=1000");
    for (const spec of processWarmUpRows(options)) await runRow(emulator, spec, () => {});
  }
  for (const spec of plan.sequential) {
    log(`${label(spec)}: ${spec.runs} runs after a warm-up`);
    rows.push(await runRow(emulator, spec, log));
  }
  if (plan.sideBySide.length > 0) log(`latency-bound rows side by side: ${plan.sideBySide.map(label).join("; ")}`);
  const background = await Promise.all(
    plan.sideBySide.map((spec) => runRow(emulator, spec, (line) => log(`${label(spec)} ${line.trim()}`))),
  );
  rows.push(...background);
  const final = withRatios(rows).map((row) => ({ ...row, target: targetFor(row) }));

  // A failed memory run is reported, not allowed to lose the timed rows measured before it.
  const memory =
    memorySessions === 0
      ? null
      : await runMemoryScenario(emulator, {
          sessions: memorySessions,
          n: 5_000,
          latencyMs: options.latencyMs,
          log,
        }).catch((error: unknown) => {
          log(`memory: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        });

  console.log(
    `\nL = ${options.latencyMs} ms per request; 30% expired, E = expired + refused (what Remove expired revokes); 10 applications (2 foreign); median of the runs; ${machine()} at the end.\n`,
  );
  if (final.length > 0) {
    console.log(formatTable(final));
    console.log(`\nTargets (issues 5 and 12):\n${formatTargets(final)}`);
  }
  if (memory) console.log(`\n${formatMemory(memory)}`);
  await writeFile(values.out ?? "bench-results.json", `${JSON.stringify(final, null, 2)}\n`);
  if (memory) await writeFile("bench-memory.json", `${JSON.stringify(memory, null, 2)}\n`);
  log(`wrote ${values.out}${memory ? " and bench-memory.json" : ""}`);
} finally {
  await emulator.stop();
}
