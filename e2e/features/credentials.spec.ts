import { expect, test } from "../fixtures";
import { findingTitle } from "../support/finding-titles";

test("lists every credential and marks the session's own, which cannot be selected", async ({
  page,
  account,
  emulator,
  shell,
  credentialsPage: credentials,
}) => {
  const truth = await emulator.groundTruth(account.applicationKey);
  await credentials.goto();
  await expect(credentials.count(`${truth.credentials.length} credentials`)).toBeVisible();
  const ownId = await shell.sessionCredentialId();
  await credentials.search(String(ownId));
  await expect(credentials.rows).toHaveCount(1);
  await expect(credentials.rows).toContainText("this session");
  await expect(credentials.selectBox(ownId)).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`q=${ownId}`));
  await credentials.search("");
  await credentials.sortBy("ID");
  await expect(page).toHaveURL(/sort=id&dir=asc/);
  await expect(credentials.columnHeader("ID")).toHaveAttribute("aria-sort", "ascending");
  const ids = await credentials.renderedIds();
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
});

test("filters live in the URL and a shared link opens the same view", async ({
  page,
  account,
  emulator,
  credentialsPage: credentials,
}) => {
  const truth = await emulator.groundTruth(account.applicationKey);
  const expired = truth.credentials.filter((c) => c.status === "expired").length;
  await credentials.goto("?status=expired");
  await expect(credentials.matching(expired, truth.credentials.length)).toBeVisible();
  await credentials.filter(/^Finding(?!s)/, findingTitle.fullAccess);
  await expect(page).toHaveURL(/status=expired&finding=full-access/);
  await credentials.filter(/^Status/, /Validated/);
  await expect(page).toHaveURL(/status=validated,expired&finding=full-access/);
  const url = page.url();
  await page.goto(url);
  await expect(credentials.count(/credentials match/)).toBeVisible();
  for (const id of await credentials.renderedIds()) {
    const credential = truth.credentials.find((c) => c.credentialId === id);
    expect(["validated", "expired"]).toContain(credential?.status);
  }
});

test("a bulk revoke reports exactly the failures and Retry failed finishes them", async ({
  account,
  emulator,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  await credentials.goto("?status=validated&sort=id&dir=asc");
  const ids = (await credentials.renderedIds()).slice(0, 14);
  const failing = ids.slice(2, 5);
  await emulator.setKnobs(account.applicationKey, { failDeletes: { ids: failing, times: 1, status: 500 } });
  const selected = await credentials.select(ids);
  const dialog = await credentials.openBulkRevoke();
  await expect(dialog.listed("Credentials to revoke")).toHaveCount(selected);
  const confirm = dialog.button(`Revoke ${selected} credentials`);
  await expect(confirm).toBeDisabled();
  await dialog.typeConfirmation(`revoke ${selected}`);
  await confirm.click();
  // The revocation runs as a job: its page holds the report.
  await job.expectOpened();
  await job.waitUntilFinished();
  await expect(job.count("failed")).toHaveText("3");
  await expect(job.count("revoked")).toHaveText(String(selected - 3));
  await expect(job.items("Failed")).toHaveCount(3);
  for (const id of failing) await expect(job.list("Failed")).toContainText(`#${id}`);
  await expect(job.items("Failed").first()).toContainText("OVH query id");
  await job.retryFailed(3);
  await expect(job.status).toContainText("are revoked");
  await expect(job.count("failed")).toHaveText("0");
  // Retry failed adds to the report: the first round's results stay.
  await expect(job.count("revoked")).toHaveText(String(selected));
  const truth = await emulator.groundTruth(account.applicationKey);
  const remaining = new Set(truth.credentials.map((c) => c.credentialId));
  for (const id of ids) expect(remaining.has(id)).toBe(false);
});

test("Remove expired previews exactly the expired and refused ones, never the session's, then reports", async ({
  account,
  emulator,
  credentialsPage: credentials,
  revocationJobPage: job,
}) => {
  const before = await emulator.groundTruth(account.applicationKey);
  const dead = before.credentials.filter((c) => c.status === "expired" || c.status === "refused");
  expect(dead.length).toBeGreaterThan(10);
  await credentials.goto();
  const dialog = await credentials.openRemoveExpired();
  await expect(dialog.listed("Credentials to revoke")).toHaveCount(dead.length);
  // Dead credentials cannot work any more; a phrase is asked only for one used in the last 24 hours.
  await expect(dialog.dialog).toContainText("cannot work any more");
  if (await dialog.asksForPhrase()) await dialog.typeConfirmation(`revoke ${dead.length}`);
  await dialog.button(`Revoke ${dead.length} credentials`).click();
  await job.expectOpened();
  await expect(job.status).toContainText(`All ${dead.length} dead credentials are revoked.`);
  await expect(job.count("revoked")).toHaveText(String(dead.length));
  const after = await emulator.groundTruth(account.applicationKey);
  expect(after.credentials.filter((c) => c.status === "expired" || c.status === "refused")).toEqual([]);
  expect(after.credentials.length).toBe(before.credentials.length - dead.length);
  await job.goBack("Back to the credentials list");
  await expect(credentials.removeExpiredButton("Remove expired (0)")).toBeDisabled();
});

test("Export CSV saves the current view with findings and no secret", async ({
  account,
  credentialsPage: credentials,
}) => {
  await credentials.goto("?status=refused");
  const text = await credentials.export("CSV");
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toContain("findings");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain("refused");
  expect(text).not.toContain(account.consumerKey);
  expect(text).not.toContain(account.applicationSecret);
});
