import type { ChildProcess, StdioOptions } from "node:child_process";

export function freePort(): Promise<number>;
export function waitForServer(url: string, options?: { timeoutMs?: number; child?: ChildProcess }): Promise<void>;
export function startDashboard(options: {
  port: number;
  sessionSecret: string;
  /** Opens the emulator's control API (tests and benchmarks only). */
  control?: boolean;
  env?: Record<string, string>;
  stdio?: StdioOptions;
}): ChildProcess;
export const chromiumLaunchOptions: { executablePath: string; args: string[] };
