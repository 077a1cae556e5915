import { expect, test } from "../fixtures";
import { ConnectPage } from "../pages/connect-page";
import type { CredentialsPage } from "../pages/credentials-page";
import { DashboardShell } from "../pages/dashboard-shell";
import { accountedFor, RevocationJobPage } from "../pages/revocation-job-page";

// Revocation jobs (issue 12) as an admin meets them: every bulk button starts a job on the server
// and lands on its page (/revocations/<id>), which a reload, a second tab and the header find again.

const dead = (c: { status: string }) => c.status === "expired" || c.status === "refused";

async function removeExpired(credentials: CredentialsPage, job: RevocationJobPage, deadCount: number) {
  const dialog = await credentials.openRemoveExpired();
  await dialog.confirmRevocation(deadCount);
  await job.expectOpened();
}

async function revokeAllMatching(credentials: CredentialsPage, job: RevocationJobPage): Promise<number> {
  await credentials.selectAllMatching();
  const dialog = await credentials.openBulkRevoke();
  const selected = await dialog.selectedInTitle();
  await dialog.confirmRevocation(selected);
  await job.expectOpened();
  return selected;
}

test("Remove expired under OVH's 60 requests a minute finishes in one run with at most one 429, and says why it waits", async ({
  page,
  emulator,
  connectPage,
  shell,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  // About 60 s of OVH's own Retry-After plus one request a second after it: above the default 120 s.
  test.setTimeout(240_000);
  // The account: 200 credentials, enough of them dead that the job meets the limit.
  const account = await emulator.createAccount({ credentials: 200, expiredRatio: 0.35 });
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  const before = await emulator.groundTruth(account.applicationKey);
  const deadCount = before.credentials.filter(dead).length;
  expect(deadCount + 2, "enough requests to meet the limit").toBeGreaterThan(60);
  await credentials.goto("?status=expired");
  // The limit starts now: the audit that filled the page was read before it.
  await emulator.setKnobs(account.applicationKey, { rateLimitPerMinute: 60 });
  await emulator.resetStats(account.applicationKey);
  await removeExpired(credentials, job, deadCount);
  const jobUrl = page.url();
  expect(jobUrl).toContain(`back=${encodeURIComponent("/credentials?status=expired")}`);

  await expect(job.status).toContainText(/OVH is limiting the rate: \d+ of \d+ done, about \d+ s left/, {
    timeout: 30_000,
  });
  await expect(job.progress).toHaveAttribute("aria-valuemax", String(deadCount));
  // The header links to the running job.
  await expect(shell.runningRevocationIndicator).toHaveAttribute("href", new URL(jobUrl).pathname);

  await expect(job.status).toContainText(`All ${deadCount} dead credentials are revoked.`, { timeout: 200_000 });
  expect(await job.counts()).toEqual({ revoked: deadCount, alreadyGone: 0, failed: 0, notAttempted: 0 });
  expect((await emulator.stats(account.applicationKey)).rateLimited, "at most one 429").toBeLessThanOrEqual(1);
  const after = await emulator.groundTruth(account.applicationKey);
  expect(after.credentials.filter(dead)).toEqual([]);
  // The way back keeps the filters the admin came from.
  await job.goBack("Back to the credentials list");
  await expect(page).toHaveURL(/\/credentials\?status=expired$/);
});

// Kept apart from the paced run: a reload and a second tab read the account at OVH too (the header's
// session details, the credentials list), and under a 60-a-minute limit those reads meet 429s of their
// own that would be counted against the job.
test("a reload, a second tab and the header indicator find the running job and its progress", async ({
  page,
  account,
  emulator,
  shell,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  const before = await emulator.groundTruth(account.applicationKey);
  const deadCount = before.credentials.filter(dead).length;
  await credentials.goto();
  // Slow enough (about 3 rounds of 16 at 3 s) for the job to still run through a reload.
  await emulator.setKnobs(account.applicationKey, { latencyMs: 3_000 });
  await removeExpired(credentials, job, deadCount);
  const jobPath = new URL(page.url()).pathname;
  await expect(shell.runningRevocationIndicator).toHaveAttribute("href", jobPath);
  // A reload, and a second tab, find the same job with its progress.
  const seen = await job.progressValue();
  await page.reload();
  await expect(job.progress).toBeVisible();
  expect(await job.progressValue()).toBeGreaterThanOrEqual(seen);
  const secondTab = await page.context().newPage();
  await secondTab.goto("/token-requests");
  await new DashboardShell(secondTab).revocationIndicator.click();
  await expect(secondTab).toHaveURL(jobPath);
  await expect(new RevocationJobPage(secondTab).progress).toBeVisible();
  await secondTab.close();

  await expect(job.status).toContainText(`All ${deadCount} dead credentials are revoked.`, { timeout: 100_000 });
});

test("Stop leaves the rest not attempted, and every item is accounted for", async ({
  account,
  emulator,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  await credentials.goto("?status=validated");
  await emulator.setKnobs(account.applicationKey, { latencyMs: 400 });
  const selected = await revokeAllMatching(credentials, job);
  expect(selected).toBeGreaterThan(20);
  await job.stop();
  await expect(job.status).toContainText("Stopped:", { timeout: 30_000 });
  const tally = await job.counts();
  expect(tally.notAttempted).toBeGreaterThan(0);
  expect(accountedFor(tally)).toBe(selected);
  await expect(job.items("Not attempted").first()).toBeVisible();
  // What the report calls not attempted is still at OVH.
  const truth = new Set((await emulator.groundTruth(account.applicationKey)).credentials.map((c) => c.credentialId));
  const first = (await job.items("Not attempted").first().textContent()) ?? "";
  expect(truth.has(Number(first.replace("#", "")))).toBe(true);
});

test("under 5xx, dropped connections and 429s every item is accounted for; Retry failed adds to the report; the downloads hold every item and no secret", async ({
  account,
  emulator,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  test.setTimeout(180_000);
  await credentials.goto("?status=validated");
  await emulator.setKnobs(account.applicationKey, { errorRate: 0.1, dropConnections: 0.03, rateLimitPerMinute: 120 });
  const selected = await revokeAllMatching(credentials, job);
  await job.waitUntilFinished(150_000);
  const first = await job.counts();
  expect(accountedFor(first), JSON.stringify(first)).toBe(selected);
  expect(first.notAttempted).toBe(0);
  // None failed for the rate: OVH's 429s were waited out.
  await expect(job.reportMentions("limiting the request rate")).toHaveCount(0);
  if (first.failed > 0) {
    await expect(job.items("Failed")).toHaveCount(first.failed);
    for (const failure of await job.items("Failed").all()) await expect(failure).toContainText("OVH query id");
    await emulator.setKnobs(account.applicationKey, { errorRate: 0, dropConnections: 0 });
    await job.retryFailed(first.failed);
    await expect(job.status).toContainText(`All ${selected} selected credentials are revoked.`, { timeout: 60_000 });
    const second = await job.counts();
    // The earlier results stay: the retried ones are added to them, nothing vanishes.
    expect(second.revoked + second.alreadyGone).toBe(first.revoked + first.alreadyGone + first.failed);
    expect(accountedFor(second)).toBe(selected);
  }
  for (const format of ["CSV", "JSON"] as const) {
    const body = await job.download(format);
    for (const secret of [account.applicationSecret, account.consumerKey]) expect(body).not.toContain(secret);
    if (format === "CSV") expect(body.trim().split("\r\n").length).toBe(1 + selected);
    else expect((JSON.parse(body) as { items: unknown[] }).items.length).toBe(selected);
  }
});

test("ids outside the session's inventory are refused before OVH; a second start attaches to the running job", async ({
  page,
  account,
  emulator,
  shell,
  browser,
  baseURL,
}) => {
  // The job routes called as the page's own data layer calls them: raw requests with this site's Origin.
  const origin = { Origin: baseURL as string };
  // Another account's credential: its id is valid, but not this session's to revoke.
  const other = await emulator.createAccount({ credentials: 5 });
  const otherTruth = await emulator.groundTruth(other.applicationKey);
  const foreignId = otherTruth.credentials[0]?.credentialId as number;
  const mine = (await emulator.groundTruth(account.applicationKey)).credentials;
  const own = await shell.sessionCredentialId();
  const victim = mine.find((c) => c.credentialId !== own && c.credentialId !== foreignId)?.credentialId as number;
  await emulator.setKnobs(account.applicationKey, { latencyMs: 300 });

  const started = await page.request.post("/api/revocation-jobs", {
    headers: origin,
    data: { kind: "revoke-selected", ids: [victim, foreignId, own] },
  });
  expect(started.status()).toBe(202);
  const { job } = (await started.json()) as { job: { id: string; excluded: { id: number; reason: string }[] } };
  const again = await page.request.post("/api/revocation-jobs", { headers: origin, data: { kind: "remove-expired" } });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ attached: true, job: { id: job.id } });

  const jobStatus = async () =>
    ((await (await page.request.get(`/api/revocation-jobs/job?id=${job.id}`)).json()) as { job: { status: string } })
      .job.status;
  await expect.poll(jobStatus, { timeout: 30_000 }).toBe("done");
  const final = (await (await page.request.get(`/api/revocation-jobs/job?id=${job.id}`)).json()) as {
    job: { items: { id: number; outcome: string }[]; excluded: { id: number; reason: string }[] };
  };
  expect(final.job.items).toEqual([expect.objectContaining({ id: victim, outcome: "revoked" })]);
  const excluded = Object.fromEntries(final.job.excluded.map((e) => [e.id, e.reason]));
  expect(excluded[own]).toBe("own-credential");
  // A colliding id in this account would not be outside; the seeds differ, so it is.
  if (!mine.some((c) => c.credentialId === foreignId)) expect(excluded[foreignId]).toBe("outside-inventory");
  expect((await emulator.groundTruth(other.applicationKey)).credentials.map((c) => c.credentialId)).toContain(
    foreignId,
  );

  // Another credential's session cannot read this job: 404 as for an unknown id.
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  const connect = new ConnectPage(strangerPage);
  await connect.goto();
  await connect.connect(other);
  await connect.expectSignedIn();
  expect((await strangerPage.request.get(`/api/revocation-jobs/job?id=${job.id}`)).status()).toBe(404);
  await stranger.close();
  // More ids than a job takes are refused by the schema.
  const tooMany = await page.request.post("/api/revocation-jobs", {
    headers: origin,
    data: { kind: "revoke-selected", ids: Array.from({ length: 10_001 }, (_, i) => i + 1) },
  });
  expect(tooMany.status()).toBe(400);
});

test("cancelling the bulk dialog keeps the selection and gives focus back to its button", async ({
  account: _account,
  credentialsPage: credentials,
}) => {
  await credentials.goto("?status=validated");
  await credentials.selectAllMatching();
  const label = await credentials.revokeSelectedButton.textContent();
  const dialog = await credentials.openBulkRevoke();
  await dialog.cancel();
  await expect(dialog.dialog).toBeHidden();
  await expect(credentials.revokeSelectedButton).toBeFocused();
  await expect(credentials.revokeSelectedButton).toHaveText(label ?? "");
});
