import type { Stats } from "./model";

// Request counters for the benchmarks: totals, per route template, per status, peak concurrency.

export function beginRequest(stats: Stats) {
  stats.requests++;
  stats.inFlight++;
  stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
}

export function endRequest(stats: Stats, route: string, status: number | "dropped") {
  stats.inFlight = Math.max(0, stats.inFlight - 1);
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
  if (status === "dropped") {
    stats.droppedConnections++;
    return;
  }
  stats.byStatus[String(status)] = (stats.byStatus[String(status)] ?? 0) + 1;
  if (status === 429) stats.rateLimited++;
}
