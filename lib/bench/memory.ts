import { spawn } from "node:child_process";
import type { EmulatorControl } from "@/lib/ovh-emulator/control-client";
import type { MemoryResult } from "./memory-sessions";

// Runs the server-memory scenario (memory-sessions.ts) in a fresh Node process, so that what it
// measures is a server's memory, not the benchmark's or the emulator's.

export const MEMORY_TARGET_MB = 500;

export function runMemoryScenario(
  emulator: EmulatorControl,
  options: { sessions: number; n: number; latencyMs: number; log: (line: string) => void },
): Promise<MemoryResult> {
  const { sessions, n, latencyMs, log } = options;
  log(`memory: ${sessions} concurrent sessions listing ${n} credentials each, in a fresh process`);
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--conditions=react-server",
      "--import",
      "tsx",
      "lib/cli/bench-memory.ts",
      emulator.endpoint,
      String(sessions),
      String(n),
      String(latencyMs),
    ],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "production" } },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const last = output.trim().split("\n").pop() ?? "";
      if (code !== 0)
        return reject(new Error(`the memory scenario's process failed (exit ${code}); its errors are above`));
      const result = JSON.parse(last) as MemoryResult;
      log(`memory: peak RSS ${result.peakRssMb} MB in ${result.durationMs} ms`);
      resolve(result);
    });
  });
}

export function formatMemory(m: MemoryResult): string {
  const verdict = m.peakRssMb <= MEMORY_TARGET_MB && m.correct ? "met" : "MISSED";
  return [
    `Server memory: ${m.sessions} concurrent sessions × ${m.n.toLocaleString("en-US")} credentials (L = ${m.latencyMs} ms), one Node process`,
    `  RSS before ${m.baselineRssMb} MB, peak ${m.peakRssMb} MB (heap used peak ${m.peakHeapUsedMb} MB); all done in ${m.durationMs} ms; ${m.responseMb} MB JSON per session; correct: ${m.correct ? "yes" : "NO"}`,
    `${verdict.padEnd(6)} peak RSS ≤ ${MEMORY_TARGET_MB} MB`,
  ].join("\n");
}
