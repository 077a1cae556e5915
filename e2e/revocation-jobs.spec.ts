import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { createAccount, groundTruth, setKnobs } from "./emulator";
import { test } from "./fixtures";
import { ConnectPage } from "./pages/connect-page";
import { CredentialsPage } from "./pages/credentials-page";

// Revocation jobs (issue 12) as an admin meets them: every bulk button starts a job on the server
// and lands on its page (/revocations/<id>), which a reload, a second tab and the header find again.

const dead = (c: { status: string }) => c.status === "expired" || c.status === "refused";

async function stats(request: APIRequestContext, applicationKey: string) {
  const response = await request.get(`/api/ovh-emulator/_emulator/accounts/${applicationKey}`);
  return ((await response.json()) as { stats: { rateLimited: number; requests: number } }).stats;
}

async function resetStats(request: APIRequestContext, applicationKey: string) {
  await request.post(`/api/ovh-emulator/_emulator/accounts/${applicationKey}/reset-stats`);
}

/** The report's four counts, which always add up to what was selected. */
async function counts(page: Page) {
  const read = async (id: string) => Number(await page.getByTestId(id).textContent());
  return {
    revoked: await read("count-revoked"),
    alreadyGone: await read("count-already-gone"),
    failed: await read("count-failed"),
    notAttempted: await read("count-not-attempted"),
  };
}

const sum = (c: Awaited<ReturnType<typeof counts>>) => c.revoked + c.alreadyGone + c.failed + c.notAttempted;

async function removeExpired(page: Page, deadCount: number) {
  await page.getByRole("button", { name: /^Remove expired/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/Type/).fill(`revoke ${deadCount}`);
  await dialog.getByRole("button", { name: `Revoke ${deadCount} credentials` }).click();
  await expect(page).toHaveURL(/\/revocations\/[0-9a-f-]{36}/);
}

test("Remove expired under OVH's 60 requests a minute finishes in one run with at most one 429, and says why it waits", async ({
  page,
  request,
}) => {
  // About 60 s of OVH's own Retry-After plus one request a second after it: above the default 120 s.
  test.setTimeout(240_000);
  // The account: 200 credentials, enough of them dead that the job meets the limit.
  const account = await createAccount(request, { credentials: 200, expiredRatio: 0.35 });
  const connect = new ConnectPage(page);
  await connect.goto();
  await connect.connect(account);
  await connect.expectSignedIn();
  const before = await groundTruth(request, account.applicationKey);
  const deadCount = before.credentials.filter(dead).length;
  expect(deadCount + 2, "enough requests to meet the limit").toBeGreaterThan(60);
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=expired");
  // The limit starts now: the audit that filled the page was read before it.
  await setKnobs(request, account.applicationKey, { rateLimitPerMinute: 60 });
  await resetStats(request, account.applicationKey);
  await removeExpired(page, deadCount);
  const jobUrl = page.url();
  expect(jobUrl).toContain(`back=${encodeURIComponent("/credentials?status=expired")}`);

  const status = page.getByRole("status", { name: "Revocation status" });
  await expect(status).toContainText(/OVH is limiting the rate: \d+ of \d+ done, about \d+ s left/, {
    timeout: 30_000,
  });
  const bar = page.getByRole("progressbar", { name: "Revocation progress" });
  await expect(bar).toHaveAttribute("aria-valuemax", String(deadCount));
  // The header links to the running job.
  const indicator = page.getByRole("link", { name: /^Revoking: \d+ of \d+/ });
  await expect(indicator).toHaveAttribute("href", new URL(jobUrl).pathname);

  await expect(page.getByRole("status", { name: "Revocation status" })).toContainText(
    `All ${deadCount} dead credentials are revoked.`,
    { timeout: 200_000 },
  );
  expect(await counts(page)).toEqual({ revoked: deadCount, alreadyGone: 0, failed: 0, notAttempted: 0 });
  expect((await stats(request, account.applicationKey)).rateLimited, "at most one 429").toBeLessThanOrEqual(1);
  const after = await groundTruth(request, account.applicationKey);
  expect(after.credentials.filter(dead)).toEqual([]);
  // The way back keeps the filters the admin came from.
  await page.getByRole("link", { name: "Back to the credentials list" }).click();
  await expect(page).toHaveURL(/\/credentials\?status=expired$/);
});

// Kept apart from the paced run: a reload and a second tab read the account at OVH too (the header's
// session details, the credentials list), and under a 60-a-minute limit those reads meet 429s of their
// own that would be counted against the job.
test("a reload, a second tab and the header indicator find the running job and its progress", async ({
  page,
  account,
  request,
}) => {
  const before = await groundTruth(request, account.applicationKey);
  const deadCount = before.credentials.filter(dead).length;
  const credentials = new CredentialsPage(page);
  await credentials.goto();
  // Slow enough (about 3 rounds of 16 at 3 s) for the job to still run through a reload.
  await setKnobs(request, account.applicationKey, { latencyMs: 3_000 });
  await removeExpired(page, deadCount);
  const jobUrl = page.url();
  const bar = page.getByRole("progressbar", { name: "Revocation progress" });
  await expect(page.getByRole("link", { name: /^Revoking: \d+ of \d+/ })).toHaveAttribute(
    "href",
    new URL(jobUrl).pathname,
  );
  // A reload, and a second tab, find the same job with its progress.
  const seen = Number(await bar.getAttribute("aria-valuenow"));
  await page.reload();
  await expect(bar).toBeVisible();
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(seen);
  const second = await page.context().newPage();
  await second.goto("/token-requests");
  await second.getByRole("link", { name: /^(Revoking: \d+ of \d+|Revocation done)/ }).click();
  await expect(second).toHaveURL(new URL(jobUrl).pathname);
  await expect(second.getByRole("progressbar", { name: "Revocation progress" })).toBeVisible();
  await second.close();

  await expect(page.getByRole("status", { name: "Revocation status" })).toContainText(
    `All ${deadCount} dead credentials are revoked.`,
    { timeout: 100_000 },
  );
});

test("Stop leaves the rest not attempted, and every item is accounted for", async ({ page, account, request }) => {
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=validated");
  await setKnobs(request, account.applicationKey, { latencyMs: 400 });
  await page.getByRole("button", { name: /Select all \d+ matching/ }).click();
  const dialog = await credentials.openBulkRevoke();
  const selected = Number(/Revoke (\d+) selected/.exec((await dialog.getByRole("heading").textContent()) ?? "")?.[1]);
  expect(selected).toBeGreaterThan(20);
  await dialog.getByLabel(/Type/).fill(`revoke ${selected}`);
  await dialog.getByRole("button", { name: `Revoke ${selected} credentials` }).click();
  await expect(page).toHaveURL(/\/revocations\//);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("status", { name: "Revocation status" })).toContainText("Stopped:", { timeout: 30_000 });
  const tally = await counts(page);
  expect(tally.notAttempted).toBeGreaterThan(0);
  expect(sum(tally)).toBe(selected);
  await expect(page.getByRole("list", { name: "Not attempted" }).getByRole("listitem").first()).toBeVisible();
  // What the report calls not attempted is still at OVH.
  const truth = new Set((await groundTruth(request, account.applicationKey)).credentials.map((c) => c.credentialId));
  const first =
    (await page.getByRole("list", { name: "Not attempted" }).getByRole("listitem").first().textContent()) ?? "";
  expect(truth.has(Number(first.replace("#", "")))).toBe(true);
});

test("under 5xx, dropped connections and 429s every item is accounted for; Retry failed adds to the report; the downloads hold every item and no secret", async ({
  page,
  account,
  request,
}) => {
  test.setTimeout(180_000);
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=validated");
  await setKnobs(request, account.applicationKey, {
    errorRate: 0.1,
    dropConnections: 0.03,
    rateLimitPerMinute: 120,
  });
  await page.getByRole("button", { name: /Select all \d+ matching/ }).click();
  const dialog = await credentials.openBulkRevoke();
  const selected = Number(/Revoke (\d+) selected/.exec((await dialog.getByRole("heading").textContent()) ?? "")?.[1]);
  await dialog.getByLabel(/Type/).fill(`revoke ${selected}`);
  await dialog.getByRole("button", { name: `Revoke ${selected} credentials` }).click();
  await expect(page).toHaveURL(/\/revocations\//);
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled({ timeout: 150_000 });
  const first = await counts(page);
  expect(sum(first), JSON.stringify(first)).toBe(selected);
  expect(first.notAttempted).toBe(0);
  // None failed for the rate: OVH's 429s were waited out.
  await expect(page.getByRole("list", { name: "Failed" })).not.toContainText("limiting the request rate");
  if (first.failed > 0) {
    const failures = page.getByRole("list", { name: "Failed" }).getByRole("listitem");
    await expect(failures).toHaveCount(first.failed);
    for (const failure of await failures.all()) await expect(failure).toContainText("OVH query id");
    await setKnobs(request, account.applicationKey, { errorRate: 0, dropConnections: 0 });
    await page.getByRole("button", { name: `Retry failed (${first.failed})` }).click();
    await expect(page.getByRole("status", { name: "Revocation status" })).toContainText(
      `All ${selected} selected credentials are revoked.`,
      { timeout: 60_000 },
    );
    const second = await counts(page);
    // The earlier results stay: the retried ones are added to them, nothing vanishes.
    expect(second.revoked + second.alreadyGone).toBe(first.revoked + first.alreadyGone + first.failed);
    expect(sum(second)).toBe(selected);
  }
  for (const format of ["CSV", "JSON"] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: `Download ${format}` }).click();
    const body = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8");
    for (const secret of [account.applicationSecret, account.consumerKey]) expect(body).not.toContain(secret);
    if (format === "CSV") expect(body.trim().split("\r\n").length).toBe(1 + selected);
    else expect((JSON.parse(body) as { items: unknown[] }).items.length).toBe(selected);
  }
});

test("ids outside the session's inventory are refused before OVH; a second start attaches to the running job", async ({
  page,
  account,
  request,
  baseURL,
}) => {
  const origin = { Origin: baseURL as string };
  // Another account's credential: its id is valid, but not this session's to revoke.
  const other = await createAccount(request, { credentials: 5 });
  const otherTruth = await groundTruth(request, other.applicationKey);
  const foreignId = otherTruth.credentials[0]?.credentialId as number;
  const mine = (await groundTruth(request, account.applicationKey)).credentials;
  const own = Number(((await page.getByTestId("session-credential").textContent()) ?? "").replace("#", ""));
  const victim = mine.find((c) => c.credentialId !== own && c.credentialId !== foreignId)?.credentialId as number;
  await setKnobs(request, account.applicationKey, { latencyMs: 300 });

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
  expect((await groundTruth(request, other.applicationKey)).credentials.map((c) => c.credentialId)).toContain(
    foreignId,
  );

  // Another credential's session cannot read this job: 404 as for an unknown id.
  const stranger = await page.context().browser()?.newContext({ baseURL });
  const strangerPage = await stranger?.newPage();
  if (strangerPage) {
    const connect = new ConnectPage(strangerPage);
    await connect.goto();
    await connect.connect(other);
    await connect.expectSignedIn();
    expect((await strangerPage.request.get(`/api/revocation-jobs/job?id=${job.id}`)).status()).toBe(404);
    await stranger?.close();
  }
  // More ids than a job takes are refused by the schema.
  const tooMany = await page.request.post("/api/revocation-jobs", {
    headers: origin,
    data: { kind: "revoke-selected", ids: Array.from({ length: 10_001 }, (_, i) => i + 1) },
  });
  expect(tooMany.status()).toBe(400);
});

test("cancelling the bulk dialog keeps the selection and gives focus back to its button", async ({ page, account }) => {
  void account;
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=validated");
  await page.getByRole("button", { name: /Select all \d+ matching/ }).click();
  const opener = page.getByRole("button", { name: /^Revoke selected/ });
  const label = await opener.textContent();
  const dialog = await credentials.openBulkRevoke();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(opener).toHaveText(label ?? "");
});
