// `npm run bench:ui`: the browser side of the performance targets, on the production build with the
// emulator mounted (OVH_EMULATOR=on) and 30 ms of latency per OVH request:
// render plus hydration of /credentials (from navigation until the table shows the account and
// answers input), the route's client JavaScript (gzipped, as served), and the repaint after a
// filter keystroke or a sort click (median of 20), with N credentials (default 5,000).
// Loads are timed in two settings, `runs` times each: in the tab already open on the dashboard
// (renderPlusHydrationMs, the target's figure) and in a new tab that has to start a renderer process
// (renderPlusHydrationNewTabMs); the first load after the server starts is reported on its own.
// `--only revocation` runs only issue 12's row (lib/cli/bench-ui-revocation.ts: Remove expired on
// 5,000 credentials with 1,500 expired, confirmation click to final report) and writes it under
// `revocation` in bench-ui-results.json, keeping the other rows as they were.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { startEmulatorProcess } from "@/lib/bench/emulator-process";
import { benchRevocation, signIn } from "@/lib/cli/bench-ui-revocation";
import { chromiumLaunchOptions, freePort, startDashboard, waitForServer } from "@/lib/cli/local-server.mjs";
import { emulatorControl } from "@/lib/ovh-emulator/control-client";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "5000" },
    "latency-ms": { type: "string", default: "30" },
    port: { type: "string", default: "3177" },
    runs: { type: "string", default: "5" },
    only: { type: "string" },
    // Where OVH is: "standalone" (its own process, as OVH is another machine and as `npm run bench` runs
    // it, so OVH's work is not charged to the dashboard's CPU) or "mounted" (inside the dashboard's own
    // process, as `npm run demo` runs it). The revocation row, 1,700 signed requests, defaults to the
    // first; the page-load rows to the second, as their published figures were measured.
    emulator: { type: "string" },
  },
});
const n = Number(values.n);
const latencyMs = Number(values["latency-ms"]);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench:ui needs a production build: run `npm run build` first.");
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const emulator = values.emulator ?? (values.only === "revocation" ? "standalone" : "mounted");
const standalone = emulator === "standalone" ? await startEmulatorProcess({ port: await freePort() }) : undefined;
const emulatorBase = standalone?.endpoint ?? `${base}/api/ovh-emulator/1.0`;

const server = startDashboard({
  port,
  control: true,
  sessionSecret: "bench-only-session-secret-0123456789abcdefgh",
  env: { OVH_LOG_CALLS: "off", ...(standalone ? { OVH_EMULATOR_URL: standalone.endpoint } : {}) },
  stdio: "ignore",
});

// Plain JavaScript sent as text: tsx would otherwise inject helpers (__name) the page does not have.
// The clock stops after the first frame that paints the change, not at the frame's start: a
// MutationObserver sees the commit that changes the visible rows (its callback runs right after
// the commit's task), a requestAnimationFrame callback then runs at the start of the next frame,
// and a message posted from it is delivered once that frame's style, layout and paint are done.
// (Waiting only for requestAnimationFrame left the new rows' layout and paint out of the figure;
// polling with timers could add a frame whose paint had already happened.)
const repaintProbe = `async (act) => {
  const snapshot = () => {
    const status = [...document.querySelectorAll("p[aria-live]")].find((p) => /credentials/.test(p.textContent || ""));
    const sorted = document.querySelector("th[aria-sort]");
    const first = document.querySelector("tbody tr");
    return [
      status && status.textContent,
      sorted && sorted.textContent + sorted.getAttribute("aria-sort"),
      first && first.getAttribute("data-credential-id"),
    ].join("|");
  };
  const before = snapshot();
  let start = 0;
  const painted = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("the view did not change within 5 s of " + JSON.stringify(act)));
    }, 5000);
    const observer = new MutationObserver(() => {
      if (snapshot() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  start = performance.now();
  if (act === "sort") {
    [...document.querySelectorAll("thead button")].find((b) => (b.textContent || "").startsWith("ID")).click();
  } else {
    const input = document.querySelector('input[type="search"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, act);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  return painted;
}`;

/** Time from dispatching a change until the first frame showing the changed rows was painted. */
function timeRepaint(page: Page, act: string): Promise<number> {
  return page.evaluate(`(${repaintProbe})(${JSON.stringify(act)})`) as Promise<number>;
}

/** The route's JavaScript as gzip would serve it (the server may leave compression to a TLS proxy). */
async function gzippedSize(urls: string[]): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return total;
}

const loadProbe = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const scripts = performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"));
  return {
    ready: (performance.getEntriesByName("credentials-ready")[0] || { startTime: NaN }).startTime,
    ttfb: nav.responseStart,
    scripts: scripts.map((e) => e.name),
  };
})()`;

/** The rows already written, kept when only one row is re-run. */
function previousResults(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync("bench-ui-results.json", "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function revocationRow() {
  const account = await emulatorControl(emulatorBase).createAccount({
    credentials: n,
    expiredRatio: 0.3,
    knobs: { latencyMs },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const load = loadavg().map((x) => Number(x.toFixed(2)));
  const row = await benchRevocation(context, base, account, { credentials: n, latencyMs });
  await browser.close();
  const result = { ...row, emulator, loadAverage1m5m15m: load };
  console.log("\nRemove expired in Chromium: confirmation click to final report (production build)");
  console.table(result);
  return result;
}

try {
  await waitForServer(`${base}/connect`, { timeoutMs: 20_000, child: server });
  if (values.only === "revocation") {
    const key = standalone ? "revocation" : "revocationMountedEmulator";
    const row = await revocationRow();
    writeFileSync("bench-ui-results.json", `${JSON.stringify({ ...previousResults(), [key]: row }, null, 2)}\n`);
    console.log(`written to bench-ui-results.json (${key})`);
    // process.exit skips `finally`: the servers are stopped here.
    server.kill();
    await standalone?.stop();
    process.exit(0);
  }
  const account = await emulatorControl(`${base}/api/ovh-emulator/1.0`).createAccount({
    credentials: n,
    knobs: { latencyMs },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  // The probes are evaluated as strings, which the dashboard's CSP (rightly) forbids to page scripts.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, base, account);
  type Load = { ready: number; ttfb: number; scripts: string[] };
  const load = async (tab: Page): Promise<Load> => {
    await tab.goto(`${base}/credentials`);
    await tab.waitForFunction(() => performance.getEntriesByName("credentials-ready").length > 0, null, {
      timeout: 60_000,
    });
    return (await tab.evaluate(loadProbe)) as Load;
  };
  const runs = Number(values.runs);
  // The first load after the server starts compiles and warms what the next ones reuse: reported
  // on its own, not mixed into the medians.
  const firstLoad = await load(page);
  // In the tab already open on the dashboard, as after a click on a link or a reload: the renderer
  // process, the HTTP cache and the compiled JavaScript of a returning visitor are there.
  const openTab: Load[] = [];
  for (let run = 0; run < runs; run++) openTab.push(await load(page));
  // In a new tab with no other page of the dashboard open, so each load starts a renderer process of
  // its own (with another same-site page open, Chromium may or may not share that page's process,
  // which made loads alternate between two timings).
  await page.close();
  const newTab: Load[] = [];
  for (let run = 0; run < runs; run++) {
    const tab = await context.newPage();
    newTab.push(await load(tab));
    await tab.close();
    // Lets the closed tab's renderer exit before the next one starts, so two never share the cores.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  for (const [name, series] of [
    ["open tab", openTab],
    ["new tab", newTab],
  ] as const)
    console.log(`${name}: ${series.map((l) => Math.round(l.ready)).join(", ")} ms from navigation to a usable table`);
  const jsBytes = await gzippedSize(firstLoad.scripts);

  const tablePage = await context.newPage();
  await load(tablePage);
  const keystrokes: number[] = [];
  const words = ["domain", "", "me/api", "", "127", ""];
  for (let i = 0; i < 20; i++) keystrokes.push(await timeRepaint(tablePage, words[i % words.length] ?? ""));
  const sorts: number[] = [];
  for (let i = 0; i < 20; i++) sorts.push(await timeRepaint(tablePage, "sort"));
  await browser.close();

  const result = {
    ...previousResults(),
    n,
    latencyMs,
    runs,
    renderPlusHydrationMs: Math.round(median(openTab.map((l) => l.ready))),
    renderPlusHydrationNewTabMs: Math.round(median(newTab.map((l) => l.ready))),
    firstLoadAfterStartMs: Math.round(firstLoad.ready),
    serverTimeToFirstByteMs: Math.round(median(openTab.map((l) => l.ttfb))),
    clientJsGzipKB: Math.round(jsBytes / 1024),
    keystrokeRepaintMedianMs: Math.round(median(keystrokes)),
    sortRepaintMedianMs: Math.round(median(sorts)),
  };
  console.log("\n/credentials in Chromium (production build)");
  console.table(result);
  // The revocation rows (`--only revocation`) are kept: they are measured on their own.
  const { revocation, revocationMountedEmulator } = previousResults();
  writeFileSync(
    "bench-ui-results.json",
    `${JSON.stringify({ ...result, revocation, revocationMountedEmulator }, null, 2)}\n`,
  );
  console.log("written to bench-ui-results.json");
} finally {
  server.kill();
  await standalone?.stop();
}
