import type { BenchRow } from "./targets";

// The benchmark's stdout: one table of every row, then each ovh-keys target with its verdict.

const columns: { title: string; cell: (row: BenchRow) => string; left?: boolean }[] = [
  { title: "scenario", cell: (r) => r.scenario, left: true },
  { title: "strategy", cell: (r) => r.strategy, left: true },
  { title: "N", cell: (r) => String(r.n) },
  { title: "E", cell: (r) => String(r.expired) },
  { title: "batch", cell: (r) => (r.batch ? "yes" : "refused"), left: true },
  { title: "rate/min", cell: (r) => (r.rateLimitPerMinute === null ? "-" : String(r.rateLimitPerMinute)) },
  { title: "C", cell: (r) => String(r.concurrency) },
  { title: "runs", cell: (r) => String(r.runs) },
  { title: "median ms", cell: (r) => r.medianMs.toLocaleString("en-US") },
  { title: "requests", cell: (r) => r.requests.toLocaleString("en-US") },
  { title: "peak", cell: (r) => String(r.peakInFlight) },
  { title: "429s", cell: (r) => String(r.status429) },
  { title: "vs naive", cell: (r) => (r.ratioToBaseline === null ? "-" : `×${r.ratioToBaseline}`) },
  { title: "correct", cell: (r) => (r.correct ? "yes" : "NO"), left: true },
];

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, i) =>
    Math.max(column.title.length, ...cells.map((line) => line[i]?.length ?? 0)),
  );
  const pad = (text: string, i: number) =>
    columns[i]?.left ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0);
  const line = (texts: string[]) => texts.map(pad).join("  ").trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export function formatTargets(rows: readonly BenchRow[]): string {
  return rows
    .filter((row) => row.target !== null)
    .map((row) => {
      const t = row.target;
      if (!t) return "";
      const what = `${row.scenario} N=${row.n}${row.batch ? "" : " batch refused"}${row.rateLimitPerMinute ? ` at ${row.rateLimitPerMinute}/min` : ""}`;
      const verdict = t.met ? "met" : "MISSED";
      const got = `${row.requests} requests, ${row.medianMs} ms`;
      return `${verdict.padEnd(6)} ${what}: requests ${t.requests}, wall ${t.wall}; got ${got}${t.note ? ` (${t.note})` : ""}`;
    })
    .join("\n");
}
