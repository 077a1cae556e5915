// `npx tsx --conditions=react-server lib/cli/bench-server-memory.ts [--port 3133] [--emulator-port 3134] [--sessions 20] [--n 5000] [--latency-ms 30]`
// The server-memory target measured on the real thing: the production build (`next build` first)
// under `next start`, the standalone emulator in another process, and `sessions` signed-in
// sessions (iron-session cookies sealed with the server's SESSION_SECRET) each calling
// GET /api/credentials at the same time, while the server's resident memory is sampled every 50 ms.
// The react-server condition lets it seal cookies with the server's own lib/session/seal.ts (server-only).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "@/lib/bench/emulator-process";
import { MEMORY_TARGET_MB } from "@/lib/bench/memory";
import { treeRssBytes } from "@/lib/bench/process-rss";
import { waitForServer } from "@/lib/cli/local-server.mjs";
import { createOvhClient } from "@/lib/ovh/client";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { SESSION_COOKIE } from "@/lib/session/cookie";
import { type SessionData, sealSession } from "@/lib/session/seal";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3133" },
    "emulator-port": { type: "string", default: "3134" },
    sessions: { type: "string", default: "20" },
    n: { type: "string", default: "5000" },
    "latency-ms": { type: "string", default: "30" },
  },
});
const port = Number(values.port);
const sessions = Number(values.sessions);
const n = Number(values.n);
const latencyMs = Number(values["latency-ms"]);
const MB = 1024 * 1024;
const secret = randomBytes(32).toString("base64url");
const log = (line: string) => console.log(line);

const emulator = await startEmulatorProcess({ port: Number(values["emulator-port"]) });
const server = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      OVH_EMULATOR: "on",
      OVH_EMULATOR_URL: emulator.endpoint,
      OVH_LOG_CALLS: "off",
      SESSION_SECRET: secret,
    },
  },
);
const origin = `http://127.0.0.1:${port}`;
try {
  await waitForServer(`${origin}/connect`, { timeoutMs: 120_000 });
  const cookies: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const shape = { seed: `memory-${i}`, credentials: n, expiredRatio: 0.3, applications: 8, foreignApplications: 2 };
    const account = await emulator.createAccount({ ...shape, knobs: { latencyMs } });
    const ovh = createOvhClient({
      baseUrl: emulator.endpoint,
      appKey: account.applicationKey,
      appSecret: account.applicationSecret,
      consumerKey: account.consumerKey,
    });
    const credentialId = (await getCurrentCredential(ovh)).credentialId;
    const { applicationKey, applicationSecret, consumerKey } = account;
    const session: SessionData = {
      endpoint: "emulator",
      applicationKey,
      applicationSecret,
      consumerKey,
      credentialId,
      connectedAt: Date.now(),
    };
    cookies.push(`${SESSION_COOKIE}=${await sealSession(session, { "1": secret }, 8 * 3600)}`);
  }
  const pid = server.pid ?? 0;
  const call = async (cookie: string) => {
    const response = await fetch(`${origin}/api/credentials`, { headers: { cookie } });
    const body = (await response.json()) as { credentials?: unknown[] };
    return response.ok && body.credentials?.length === n;
  };
  if (!(await call(cookies[0] ?? ""))) throw new Error("GET /api/credentials failed for the warm-up session");
  const before = await treeRssBytes(pid);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await treeRssBytes(pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const results = await Promise.all(cookies.map(call));
  const durationMs = Math.round(performance.now() - started);
  sampling = false;
  await sampler;
  const result = {
    server: "next start (production build)",
    sessions,
    n,
    latencyMs,
    baselineRssMb: Math.round(before / MB),
    peakRssMb: Math.round(peak / MB),
    durationMs,
    correct: results.every(Boolean),
  };
  log(JSON.stringify(result));
  log(`${result.peakRssMb <= MEMORY_TARGET_MB && result.correct ? "met" : "MISSED"} peak RSS ≤ ${MEMORY_TARGET_MB} MB`);
  await writeFile("bench-server-memory.json", `${JSON.stringify(result, null, 2)}\n`);
} finally {
  server.kill("SIGTERM");
  await emulator.stop();
}
