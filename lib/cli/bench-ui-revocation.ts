import type { BrowserContext, Page } from "@playwright/test";

// bench:ui's row of issue 12 item 7: Remove expired on an account of 5,000 credentials with 1,500
// expired (plus refused) at L = 30 ms, in Chromium, from the click on the confirmation to the final
// report on the job page. Measured in the page: the spacing of the progress bar's updates
// (aria-valuenow changes) and the longest main-thread task during the run (PerformanceObserver
// `longtask`, tasks over 50 ms; none seen means none was that long). The job page is reached by a
// client-side navigation, so the observers installed before the click see the whole run.

export type RevocationRow = {
  credentials: number;
  dead: number;
  latencyMs: number;
  confirmToReportMs: number;
  progressUpdates: number;
  longestGapBetweenProgressUpdatesMs: number;
  longestMainThreadTaskMs: number;
  longTasks: number;
};

// Plain JavaScript evaluated as a string, like bench-ui's other probes (tsx helpers would not exist there).
const installProbe = `(() => {
  const probe = { t0: 0, updates: [], longTasks: [], done: 0 };
  window.__revocationProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: false });
  let last = null;
  const watch = () => {
    const bar = document.querySelector('[role="progressbar"][aria-label="Revocation progress"]');
    const value = bar ? bar.getAttribute("aria-valuenow") : null;
    if (bar && value !== last) { last = value; probe.updates.push(performance.now()); }
    const status = document.querySelector('[aria-label="Revocation status"]');
    if (!probe.done && status && /are revoked|Stopped|failed/.test(status.textContent || "") && bar) probe.done = performance.now();
  };
  new MutationObserver(watch).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

const readProbe = `(() => {
  const p = window.__revocationProbe;
  const during = p.longTasks.filter((t) => t.start + t.duration >= p.t0 && t.start <= p.done);
  const times = [p.t0, ...p.updates.filter((t) => t >= p.t0 && t <= p.done), p.done];
  let gap = 0;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1]);
  return {
    total: p.done - p.t0,
    updates: p.updates.filter((t) => t >= p.t0 && t <= p.done).length,
    gap,
    longest: during.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: during.length,
  };
})()`;

/** Connects the page with pasted keys, as an admin does, and waits for the dashboard. */
export async function signIn(
  page: Page,
  base: string,
  account: { applicationKey: string; applicationSecret: string; consumerKey: string },
) {
  await page.goto(`${base}/connect`);
  await page.getByLabel("Application key").fill(account.applicationKey);
  await page.getByLabel("Application secret").fill(account.applicationSecret);
  await page.getByLabel("Consumer key").fill(account.consumerKey);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

export async function benchRevocation(
  context: BrowserContext,
  base: string,
  account: { applicationKey: string; applicationSecret: string; consumerKey: string },
  { credentials, latencyMs }: { credentials: number; latencyMs: number },
): Promise<RevocationRow> {
  const page = await context.newPage();
  await signIn(page, base, account);
  await page.goto(`${base}/credentials`);
  await page.getByRole("table", { name: "Credentials" }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: /^Remove expired/ }).click();
  const dialog = page.getByRole("dialog");
  // The confirmation asked depends on the preview (lib/revocation/preview.ts): wait until it is ready.
  await dialog.getByRole("region", { name: "Summary" }).waitFor({ timeout: 60_000 });
  const confirm = dialog.getByRole("button", { name: /^Revoke \d+ credentials$/ });
  const dead = Number(/(\d+)/.exec((await confirm.textContent()) ?? "")?.[1]);
  const typed = dialog.getByLabel(/Type/);
  if (await typed.count()) await typed.fill(`revoke ${dead}`);
  await page.evaluate(installProbe);
  // The clock starts in the page at the click itself.
  await confirm.evaluate((button) => {
    (window as unknown as { __revocationProbe: { t0: number } }).__revocationProbe.t0 = performance.now();
    (button as HTMLButtonElement).click();
  });
  await page.waitForFunction(
    () => (window as unknown as { __revocationProbe: { done: number } }).__revocationProbe.done > 0,
    null,
    {
      timeout: 300_000,
      polling: 100,
    },
  );
  const measured = (await page.evaluate(readProbe)) as {
    total: number;
    updates: number;
    gap: number;
    longest: number;
    longTasks: number;
  };
  await page.close();
  return {
    credentials,
    dead,
    latencyMs,
    confirmToReportMs: Math.round(measured.total),
    progressUpdates: measured.updates,
    longestGapBetweenProgressUpdatesMs: Math.round(measured.gap),
    longestMainThreadTaskMs: Math.round(measured.longest),
    longTasks: measured.longTasks,
  };
}
