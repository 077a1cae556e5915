import type { ChildProcess } from "node:child_process";

export function freePort(): Promise<number>;
export function waitForServer(url: string, options?: { timeoutMs?: number; child?: ChildProcess }): Promise<void>;
export const chromiumLaunchOptions: { executablePath: string; args: string[] };
