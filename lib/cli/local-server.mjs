// What every script that starts a local dashboard, emulator or browser needs (the benchmarks, the
// load test, Playwright's config and its extra servers): plain JavaScript so node-run .mjs scripts
// and TypeScript alike import it (types in local-server.d.mts).
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A TCP port free on loopback right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resolves once `url` answers 2xx; throws after `timeoutMs` or as soon as `child` has exited. */
export async function waitForServer(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the server exited (code ${child.exitCode}) before answering`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * `next start` of the production build on loopback, with the OVH emulator mounted at
 * /api/ovh-emulator and a session secret of this run only; `env` adds to (or overrides) that.
 */
export function startDashboard({
  port,
  sessionSecret,
  control = false,
  env = {},
  stdio = ["ignore", "ignore", "inherit"],
}) {
  return spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      OVH_EMULATOR: "on",
      // The emulator's control API (accounts, knobs, ground truth) is for tests and benchmarks only.
      OVH_EMULATOR_CONTROL: control ? "on" : "off",
      OVH_EMULATOR_URL: `http://127.0.0.1:${port}/api/ovh-emulator/1.0`,
      SESSION_SECRET: sessionSecret,
      ...env,
    },
    stdio,
  });
}

/** Debian's chromium, quiet: no sandbox (containers), no GPU, no background traffic to skew timings. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
