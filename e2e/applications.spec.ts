import { recordDialogs, sessionCredentialId, truth } from "./audit-truth";
import { createAccount } from "./emulator";
import { expect, test } from "./fixtures";
import { signedCall } from "./ovh-signing";

test("every application is listed, owned and foreign, with hostile names as inert text", async ({
  page,
  account,
  request,
}) => {
  const fired = recordDialogs(page);
  const { applications } = await truth(request, account.applicationKey);
  await page.goto("/applications");
  const list = page.getByRole("list", { name: "Applications" });
  await expect(list.getByRole("listitem")).toHaveCount(applications.length);
  await expect(list.getByRole("link", { name: "<script>alert(1)</script>" })).toBeVisible();
  await expect(list.getByText("<img src=x onerror=alert(1)>")).toBeVisible();
  await expect(list.getByText("foreign", { exact: true }).first()).toBeVisible();
  await list.getByRole("link", { name: "<script>alert(1)</script>" }).click();
  await expect(page.getByRole("heading", { name: "<script>alert(1)</script>" })).toBeVisible();
  expect(fired).toEqual([]);
});

test("revoking an application shows its blast radius, needs its name, and takes its credentials down", async ({
  page,
  account,
  request,
}) => {
  const fired = recordDialogs(page);
  const own = await sessionCredentialId(page);
  const before = await truth(request, account.applicationKey);
  const ownApplication = before.credentials.find((c) => c.credentialId === own)?.applicationId;
  const target = before.applications.find((a) => a.name === "<script>alert(1)</script>");
  if (!target || target.applicationId === ownApplication) throw new Error("the hostile application is a separate one");
  const doomed = before.credentials.filter((c) => c.applicationId === target.applicationId);
  expect(doomed.length).toBeGreaterThan(0);

  await page.goto(`/applications/${target.applicationId}`);
  await page.getByRole("button", { name: "Revoke application…" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke application" });
  await expect(dialog.getByTestId("blast-count")).toHaveText(String(doomed.length));
  const confirm = dialog.getByRole("button", { name: `Revoke application and ${doomed.length} credentials` });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the application's name/).fill(target.name);
  await confirm.click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(
    page.getByText(`Application #${target.applicationId} deleted, with its ${doomed.length} credentials.`),
  ).toBeVisible();

  const after = await truth(request, account.applicationKey);
  expect(after.applications.some((a) => a.applicationId === target.applicationId)).toBe(false);
  expect(after.credentials.filter((c) => c.applicationId === target.applicationId)).toEqual([]);
  expect(after.credentials).toHaveLength(before.credentials.length - doomed.length);
  expect(fired).toEqual([]);
});

test("the application of the session's credential, and foreign ones, cannot be deleted", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const { credentials, applications } = await truth(request, account.applicationKey);
  const ownApplication = credentials.find((c) => c.credentialId === own)?.applicationId;
  await page.goto(`/applications/${ownApplication}`);
  await expect(page.getByText("This application holds the credential this session signs with.")).toBeVisible();
  await page.getByRole("button", { name: "Revoke application…" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke application" });
  await expect(dialog.getByRole("alert")).toContainText("it is refused here");
  await expect(dialog.getByLabel(/Type the application's name/)).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();

  const foreign = applications.find((a) => !a.owned);
  await page.goto(`/applications/${foreign?.applicationId}`);
  await expect(page.getByText(/This is a foreign application/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Revoke application…" })).toHaveCount(0);
  expect((await truth(request, account.applicationKey)).applications).toHaveLength(applications.length);

  const response = await page.goto("/applications/1");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Application not found" })).toBeVisible();
});

test("an application's findings link to its credentials with that finding", async ({ page, account, request }) => {
  const { applications } = await truth(request, account.applicationKey);
  const apiConsole = applications.find((a) => a.name === "OVHcloud API console");
  await page.goto(`/applications/${apiConsole?.applicationId}`);
  const findings = page.getByRole("list", { name: "Findings among its credentials" });
  await findings.getByRole("link", { name: /Foreign application/ }).click();
  await expect(page).toHaveURL(
    new RegExp(`/credentials\\?application=${apiConsole?.applicationId}&finding=foreign-application$`),
  );
});

test("keyless applications are previewed, then deleted with a per-item report", async ({
  page,
  request,
  connectPage,
  baseURL,
}) => {
  const fired = recordDialogs(page);
  const account = await createAccount(request, { credentials: 3 });
  const before = await truth(request, account.applicationKey);
  const used = new Set(before.credentials.map((c) => c.applicationId));
  const keyless = before.applications.filter((a) => a.owned && !used.has(a.applicationId));
  expect(keyless.length).toBeGreaterThan(1);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();

  await page.goto("/applications");
  await page.getByRole("button", { name: `Delete keyless applications (${keyless.length})…` }).click();
  const dialog = page.getByRole("dialog", { name: "Delete keyless applications" });
  await expect(dialog.getByRole("list", { name: "Applications to delete" }).getByRole("listitem")).toHaveCount(
    keyless.length,
  );
  // One disappears between the preview and the confirmation: the report says so instead of failing.
  const gone = keyless[0];
  const deleted = await signedCall(baseURL as string, account, "DELETE", `/me/api/application/${gone?.applicationId}`);
  expect(deleted.ok).toBe(true);
  await dialog.getByRole("button", { name: `Delete ${keyless.length} applications` }).click();

  // The deletion runs as a revocation job: its page holds the report.
  await expect(page).toHaveURL(/\/revocations\//);
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();
  await expect(page.getByTestId("count-revoked")).toHaveText(String(keyless.length - 1));
  await expect(page.getByTestId("count-already-gone")).toHaveText("1");
  await expect(page.getByTestId("count-failed")).toHaveText("0");
  await page
    .getByRole("link", { name: /Back to the applications/ })
    .first()
    .click();

  const after = await truth(request, account.applicationKey);
  expect(after.applications.filter((a) => a.owned && !used.has(a.applicationId))).toEqual([]);
  expect(after.credentials).toHaveLength(before.credentials.length);
  await expect(page.getByRole("button", { name: "No keyless application" })).toBeDisabled();
  expect(fired).toEqual([]);
});
