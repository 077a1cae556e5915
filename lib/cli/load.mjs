// `npm run load`: autocannon against the production build (run `npm run build` first). Starts `next start`
// with the OVH emulator on its own port, creates an account of 1,000 credentials, signs in through the
// connect server action, then runs 3 × 30 s with 50 connections against GET /api/credentials and GET /,
// printing requests/s, p50/p99 latency, errors and the server's resident memory before and after each run
// (after one unmeasured warm-up run per target). Requests carry the cookie and Accept-Encoding a browser sends.
// Fails (exit 1) unless: 0 errors and non-2xx, p99 under 1 s, and resident memory (read after a full GC
// forced through the inspector, see gc-probe.mjs) growing less than 50 MB across the runs.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import autocannon from "autocannon";
// Run through tsx (`npm run load`) so that it shares the emulator's typed control client.
import { emulatorControl } from "../ovh-emulator/control-client.ts";
import { freePort, startDashboard, waitForServer } from "./local-server.mjs";

const settings = {
  credentials: Number(process.env.LOAD_CREDENTIALS ?? 1000),
  connections: Number(process.env.LOAD_CONNECTIONS ?? 50),
  duration: Number(process.env.LOAD_DURATION ?? 30),
  runs: Number(process.env.LOAD_RUNS ?? 3),
};
const limits = { p99Ms: 1000, rssGrowthMb: 50 };
// Extra Node options for the server (e.g. a heap cap), empty by default: memory is compared after a
// forced full GC, so garbage V8 postpones collecting does not read as growth.
const nodeOptions = process.env.LOAD_NODE_OPTIONS ?? "";
const targets = [
  { name: "GET /api/credentials", path: "/api/credentials" },
  { name: "GET / (overview)", path: "/" },
].filter((target) => !process.env.LOAD_ONLY || target.path === process.env.LOAD_ONLY);

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

const port = Number(process.env.LOAD_PORT ?? (await freePort()));
// The inspector (loopback only, this run only) lets the script collect garbage before reading memory.
const inspectPort = await freePort();
const base = `http://127.0.0.1:${port}`;
mkdirSync("test-results", { recursive: true });
const serverLog = createWriteStream("test-results/load-server.log");
const server = startDashboard({
  port,
  control: true,
  sessionSecret: randomBytes(32).toString("base64url"),
  env: { NODE_ENV: "production", NODE_OPTIONS: `${nodeOptions} --inspect=127.0.0.1:${inspectPort}`.trim() },
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stop);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

try {
  await waitForServer(`${base}/connect`, { child: server });
  const cookie = await signIn();
  const results = [];
  for (const target of targets) {
    const warm = await fetch(`${base}${target.path}`, { headers: { cookie } });
    if (!warm.ok) throw new Error(`${target.name} answered ${warm.status} before the load started`);
    if (target.path === "/api/credentials") {
      const snapshot = await warm.json();
      if (snapshot.credentials.length !== settings.credentials)
        throw new Error(`expected ${settings.credentials} credentials, got ${snapshot.credentials.length}`);
    } else {
      await warm.arrayBuffer();
    }
    // As a browser asks: with its cookie, and accepting compressed answers.
    const headers = {
      cookie,
      accept: target.path === "/" ? "text/html" : "application/json",
      "accept-encoding": "gzip, deflate, br",
    };
    // One unmeasured run first, so V8's heap and the allocator reach their working size before memory
    // is compared (a leak keeps growing after it; a warming heap does not).
    const warmUp = await autocannon({
      url: `${base}${target.path}`,
      connections: settings.connections,
      duration: settings.duration,
      headers,
    });
    const start = settledMemory();
    console.log(
      `${target.name} warm-up: ${Math.round(warmUp.requests.average)} req/s; after GC: RSS ${start.rss} MB, heap ${start.heap} MB`,
    );
    for (let run = 1; run <= settings.runs; run++) {
      const before = rssMb(server.pid);
      const result = await autocannon({
        url: `${base}${target.path}`,
        connections: settings.connections,
        duration: settings.duration,
        headers,
      });
      const after = rssMb(server.pid);
      const settled = settledMemory();
      const row = {
        target: target.name,
        run,
        requests: result.requests.total,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        rssBefore: before,
        rssAfter: after,
        settledRss: settled.rss,
        heap: settled.heap,
      };
      results.push(row);
      console.log(
        `${row.target} run ${run}: ${row.rps} req/s (${row.requests} requests), p50 ${row.p50} ms, p99 ${row.p99} ms, ` +
          `errors ${row.errors}, non-2xx ${row.non2xx}, RSS ${before} → ${after} MB (after GC ${settled.rss} MB, heap ${settled.heap} MB)`,
      );
    }
    const end = settledMemory();
    results.push({ target: target.name, growth: end.rss - start.rss, heapGrowth: end.heap - start.heap });
  }
  process.exitCode = report(results) ? 0 : 1;
} catch (err) {
  console.error(`load: ${err instanceof Error ? err.message : String(err)} (server log: test-results/load-server.log)`);
  process.exitCode = 1;
} finally {
  stop();
}

function report(results) {
  const runs = results.filter((r) => r.run !== undefined);
  console.log(
    `\n${settings.credentials} credentials, ${settings.connections} connections, ${settings.runs} × ${settings.duration} s; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          " / ",
        )} (1/5/15 min) on ${availableParallelism()} cores${nodeOptions ? `; server NODE_OPTIONS=${nodeOptions}` : ""}\n`,
  );
  console.log(
    "| target | run | req/s | p50 ms | p99 ms | errors | non-2xx | RSS before → after (MB) | after GC: RSS / heap (MB) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of runs) {
    console.log(
      `| ${r.target} | ${r.run} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.rssBefore} → ${r.rssAfter} | ${r.settledRss} / ${r.heap} |`,
    );
  }
  let ok = true;
  for (const r of runs) {
    if (r.errors > 0 || r.non2xx > 0) ok = fail(`${r.target} run ${r.run}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    if (r.p99 >= limits.p99Ms) ok = fail(`${r.target} run ${r.run}: p99 ${r.p99} ms ≥ ${limits.p99Ms} ms`);
  }
  for (const r of results.filter((r) => r.growth !== undefined)) {
    console.log(
      `${r.target}: across ${settings.runs} runs, resident memory after GC grew ${r.growth} MB (live heap ${r.heapGrowth} MB)`,
    );
    if (r.growth >= limits.rssGrowthMb) ok = fail(`${r.target}: RSS grew ${r.growth} MB ≥ ${limits.rssGrowthMb} MB`);
  }
  console.log(ok ? "load: ok" : "load: FAILED");
  return ok;
}

function fail(message) {
  console.log(`✗ ${message}`);
  return false;
}

/**
 * Resident memory after two full collections (and the live heap), so garbage V8 postponed is not
 * counted. Read right after the run: anything a finished request leaves reachable counts (this is how
 * lib/ovh/outbound-context.ts's leak showed up: ~1,200 finished requests held by a keep-alive socket).
 */
function settledMemory() {
  const probe = spawnSync(process.execPath, ["--experimental-websocket", "lib/cli/gc-probe.mjs", String(inspectPort)], {
    encoding: "utf8",
  });
  const heap = Number(probe.stdout.trim());
  return { rss: rssMb(server.pid), heap: Number.isFinite(heap) ? heap : -1 };
}

/** Resident memory of the server process and its children, in MB. */
function rssMb(pid) {
  let kb = 0;
  for (const id of [pid, ...descendants(pid)]) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return Math.round(kb / 1024);
}

function descendants(pid) {
  const children = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** A 1,000-credential emulator account, signed in through the connect server action as the form does. */
async function signIn() {
  const keys = await emulatorControl(`${base}/api/ovh-emulator/1.0`).createAccount({
    credentials: settings.credentials,
  });
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "connectAction")?.[0];
  if (!actionId) throw new Error("connectAction is not in the build's server reference manifest");
  // As React sends it: the FormData argument's entries ("_1_" prefix) first, the root model "0" last.
  const form = new FormData();
  form.set("_1_endpoint", "emulator");
  form.set("_1_applicationKey", keys.applicationKey);
  form.set("_1_applicationSecret", keys.applicationSecret);
  form.set("_1_consumerKey", keys.consumerKey);
  form.set("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await fetch(`${base}/connect`, {
    method: "POST",
    headers: { "Next-Action": actionId, Origin: base, Accept: "text/x-component" },
    body: form,
    redirect: "manual",
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .find((pair) => pair.startsWith("ovh-keys-session=") && pair.length > "ovh-keys-session=".length);
  if (!cookie) throw new Error(`signing in failed (HTTP ${response.status}): ${(await response.text()).slice(0, 300)}`);
  return cookie;
}
