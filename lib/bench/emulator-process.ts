import { type ChildProcess, spawn } from "node:child_process";
import type { Knobs, Stats } from "@/lib/ovh-emulator/model";

// The standalone emulator (npm run emulator) in a child process, so its CPU and memory are not the
// benchmarked client's, driven through its control API like any outside tool would.

export type BenchAccount = {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
};

export type GroundTruth = {
  stats: Stats;
  applications: { applicationId: number; name: string; owned: boolean }[];
  credentials: { credentialId: number; applicationId: number; status: string }[];
};

export type AccountShape = {
  seed: string;
  credentials: number;
  expiredRatio: number;
  applications: number;
  foreignApplications: number;
  knobs: Partial<Knobs>;
};

export type EmulatorControl = {
  /** The API base URL, e.g. http://127.0.0.1:3131/1.0 */
  endpoint: string;
  createAccount(shape: AccountShape): Promise<BenchAccount>;
  groundTruth(account: BenchAccount): Promise<GroundTruth>;
  resetStats(account: BenchAccount): Promise<void>;
  removeAccount(account: BenchAccount): Promise<void>;
};

export type EmulatorProcess = EmulatorControl & { pid: number; stop(): Promise<void> };

export async function startEmulatorProcess(options: { port: number; host?: string }): Promise<EmulatorProcess> {
  const host = options.host ?? "127.0.0.1";
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lib/cli/emulator.ts", "--port", String(options.port), "--host", host, "--credentials", "1"],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "production" } },
  );
  const endpoint = await readEndpoint(child);
  return {
    ...emulatorControl(endpoint),
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The control API (/_emulator/) of the emulator serving `endpoint`. */
export function emulatorControl(endpoint: string): EmulatorControl {
  const origin = new URL(endpoint).origin;
  async function control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${origin}/_emulator${path}`, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${response.status}`);
    return response.json();
  }
  const accountPath = (account: BenchAccount) => `/accounts/${encodeURIComponent(account.applicationKey)}`;
  return {
    endpoint,
    createAccount: async (shape) => (await control("POST", "/accounts", shape)) as BenchAccount,
    groundTruth: async (account) => (await control("GET", accountPath(account))) as GroundTruth,
    resetStats: async (account) => {
      await control("POST", `${accountPath(account)}/reset-stats`);
    },
    removeAccount: async (account) => {
      await control("DELETE", accountPath(account));
    },
  };
}

function readEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^OVH_ENDPOINT=(\S+)$/m.exec(output);
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the emulator exited (code ${code}) before listening`)));
  });
}
