import { type ChildProcess, spawn } from "node:child_process";
import { type EmulatorControl, emulatorControl } from "@/lib/ovh-emulator/control-client";

// The standalone emulator (npm run emulator) in a child process, so its CPU and memory are not the
// benchmarked client's, driven through its control API like any outside tool would.

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
