import { type ChildProcess, spawn } from "node:child_process";
import { freePort, waitForServer } from "../../lib/cli/local-server.mjs";

// A second `next start` of the same build, for what one server cannot show (SESSION_SECRET rotation).

export type ExtraServer = { url: string; stop(): Promise<void> };

export async function startExtraServer(env: Record<string, string>): Promise<ExtraServer> {
  const port = await freePort();
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(`${url}/connect`, { child });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
