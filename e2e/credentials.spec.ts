import { groundTruth, setKnobs } from "./emulator";
import { expect, test } from "./fixtures";
import { CredentialsPage } from "./pages/credentials-page";

test("lists every credential and marks the session's own, which cannot be selected", async ({
  page,
  account,
  request,
}) => {
  const truth = await groundTruth(request, account.applicationKey);
  const credentials = new CredentialsPage(page);
  await credentials.goto();
  await expect(page.getByText(`${truth.credentials.length} credentials`, { exact: true })).toBeVisible();
  const ownId = ((await page.getByTestId("session-credential").textContent()) ?? "").replace("#", "");
  await page.getByRole("searchbox", { name: "Search credentials" }).fill(ownId);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr")).toContainText("this session");
  await expect(page.getByRole("checkbox", { name: `Select credential ${ownId}` })).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`q=${ownId}`));
  await page.getByRole("searchbox", { name: "Search credentials" }).fill("");
  await page.getByRole("button", { name: "ID" }).click();
  await expect(page).toHaveURL(/sort=id&dir=asc/);
  await expect(page.getByRole("columnheader", { name: "ID" })).toHaveAttribute("aria-sort", "ascending");
  const ids = await credentials.renderedIds();
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
});

test("filters live in the URL and a shared link opens the same view", async ({ page, account, request }) => {
  const truth = await groundTruth(request, account.applicationKey);
  const expired = truth.credentials.filter((c) => c.status === "expired").length;
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=expired");
  await expect(page.getByText(`${expired} of ${truth.credentials.length} credentials match`)).toBeVisible();
  await page.getByRole("button", { name: /^Finding(?!s)/ }).click();
  await page.getByRole("menuitemcheckbox", { name: /Full access/ }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=expired&finding=full-access/);
  await page.getByRole("button", { name: /^Status/ }).click();
  await page.getByRole("menuitemcheckbox", { name: /Validated/ }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=validated,expired&finding=full-access/);
  const url = page.url();
  await page.goto(url);
  await expect(page.getByText(/credentials match/)).toBeVisible();
  for (const id of await credentials.renderedIds()) {
    const credential = truth.credentials.find((c) => c.credentialId === id);
    expect(["validated", "expired"]).toContain(credential?.status);
  }
});

test("a bulk revoke reports exactly the failures and Retry failed finishes them", async ({
  page,
  account,
  request,
}) => {
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=validated&sort=id&dir=asc");
  const ids = (await credentials.renderedIds()).slice(0, 14);
  const failing = ids.slice(2, 5);
  await setKnobs(request, account.applicationKey, { failDeletes: { ids: failing, times: 1, status: 500 } });
  for (const id of ids) {
    const checkbox = page.getByRole("checkbox", { name: `Select credential ${id}` });
    if (await checkbox.isDisabled()) continue;
    await checkbox.check();
  }
  const selected = (
    await Promise.all(ids.map((id) => page.getByRole("checkbox", { name: `Select credential ${id}` }).isChecked()))
  ).filter(Boolean).length;
  const dialog = await credentials.openBulkRevoke();
  await expect(dialog.getByRole("list", { name: "Credentials to revoke" }).getByRole("listitem")).toHaveCount(selected);
  const confirm = dialog.getByRole("button", { name: `Revoke ${selected} credentials` });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type/).fill(`revoke ${selected}`);
  await confirm.click();
  // The revocation runs as a job: its page holds the report.
  await expect(page).toHaveURL(/\/revocations\//);
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();
  await expect(page.getByTestId("count-failed")).toHaveText("3");
  await expect(page.getByTestId("count-revoked")).toHaveText(String(selected - 3));
  const failures = page.getByRole("list", { name: "Failed" }).getByRole("listitem");
  await expect(failures).toHaveCount(3);
  for (const id of failing) await expect(page.getByRole("list", { name: "Failed" })).toContainText(`#${id}`);
  await expect(failures.first()).toContainText("OVH query id");
  await page.getByRole("button", { name: "Retry failed (3)" }).click();
  await expect(page.getByRole("status", { name: "Revocation status" })).toContainText("are revoked");
  await expect(page.getByTestId("count-failed")).toHaveText("0");
  // Retry failed adds to the report: the first round's results stay.
  await expect(page.getByTestId("count-revoked")).toHaveText(String(selected));
  const truth = await groundTruth(request, account.applicationKey);
  const remaining = new Set(truth.credentials.map((c) => c.credentialId));
  for (const id of ids) expect(remaining.has(id)).toBe(false);
});

test("Remove expired previews exactly the expired and refused ones, never the session's, then reports", async ({
  page,
  account,
  request,
}) => {
  const before = await groundTruth(request, account.applicationKey);
  const dead = before.credentials.filter((c) => c.status === "expired" || c.status === "refused");
  expect(dead.length).toBeGreaterThan(10);
  const credentials = new CredentialsPage(page);
  await credentials.goto();
  await page.getByRole("button", { name: /^Remove expired/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("list", { name: "Credentials to revoke" }).getByRole("listitem")).toHaveCount(
    dead.length,
  );
  await dialog.getByLabel(/Type/).fill(`revoke ${dead.length}`);
  await dialog.getByRole("button", { name: `Revoke ${dead.length} credentials` }).click();
  await expect(page).toHaveURL(/\/revocations\//);
  await expect(page.getByRole("status", { name: "Revocation status" })).toContainText(
    `All ${dead.length} dead credentials are revoked.`,
  );
  await expect(page.getByTestId("count-revoked")).toHaveText(String(dead.length));
  const after = await groundTruth(request, account.applicationKey);
  expect(after.credentials.filter((c) => c.status === "expired" || c.status === "refused")).toEqual([]);
  expect(after.credentials.length).toBe(before.credentials.length - dead.length);
  await page.getByRole("link", { name: "Back to the credentials list" }).click();
  await expect(page.getByRole("button", { name: "Remove expired (0)" })).toBeDisabled();
});

test("Export CSV saves the current view with findings and no secret", async ({ page, account }) => {
  const credentials = new CredentialsPage(page);
  await credentials.goto("?status=refused");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toContain("findings");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain("refused");
  expect(text).not.toContain(account.consumerKey);
  expect(text).not.toContain(account.applicationSecret);
});
