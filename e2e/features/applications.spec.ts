import { expect, test } from "../fixtures";
import { recordDialogs, truth } from "../support/audit-truth";
import { findingTitle } from "../support/finding-titles";
import { signedCall } from "../support/ovh-signing";

const HOSTILE_NAME = "<script>alert(1)</script>";
const HOSTILE_DESCRIPTION = "<img src=x onerror=alert(1)>";

test("every application is listed, owned and foreign, with hostile names as inert text", async ({
  page,
  account,
  request,
  applicationsPage: applications,
  applicationDetailPage,
}) => {
  const fired = recordDialogs(page);
  const { applications: atOvh } = await truth(request, account.applicationKey);
  await applications.goto();
  await expect(applications.items).toHaveCount(atOvh.length);
  await expect(applications.applicationLink(HOSTILE_NAME)).toBeVisible();
  await expect(applications.text(HOSTILE_DESCRIPTION)).toBeVisible();
  await expect(applications.text("foreign", { exact: true }).first()).toBeVisible();
  await applications.applicationLink(HOSTILE_NAME).click();
  await expect(applicationDetailPage.heading(HOSTILE_NAME)).toBeVisible();
  expect(fired).toEqual([]);
});

test("revoking an application shows its blast radius, needs its name, and takes its credentials down", async ({
  page,
  account,
  request,
  shell,
  applicationDetailPage: detail,
}) => {
  const fired = recordDialogs(page);
  const own = await shell.sessionCredentialId();
  const before = await truth(request, account.applicationKey);
  const ownApplication = before.credentials.find((c) => c.credentialId === own)?.applicationId;
  const target = before.applications.find((a) => a.name === HOSTILE_NAME);
  if (!target || target.applicationId === ownApplication) throw new Error("the hostile application is a separate one");
  const doomed = before.credentials.filter((c) => c.applicationId === target.applicationId);
  expect(doomed.length).toBeGreaterThan(0);

  await detail.goto(target.applicationId);
  await detail.openRevoke();
  await expect(detail.blastCount).toHaveText(String(doomed.length));
  const confirm = detail.revokeButton(doomed.length);
  await expect(confirm).toBeDisabled();
  await detail.nameConfirmation.fill(target.name);
  await confirm.click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(
    shell.notice(`Application #${target.applicationId} deleted, with its ${doomed.length} credentials.`),
  ).toBeVisible();

  const after = await truth(request, account.applicationKey);
  expect(after.applications.some((a) => a.applicationId === target.applicationId)).toBe(false);
  expect(after.credentials.filter((c) => c.applicationId === target.applicationId)).toEqual([]);
  expect(after.credentials).toHaveLength(before.credentials.length - doomed.length);
  expect(fired).toEqual([]);
});

test("the application of the session's credential, and foreign ones, cannot be deleted", async ({
  account,
  request,
  shell,
  applicationDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  const { credentials, applications } = await truth(request, account.applicationKey);
  const ownApplication = credentials.find((c) => c.credentialId === own)?.applicationId;
  await detail.goto(ownApplication);
  await expect(detail.text("This application holds the credential this session signs with.")).toBeVisible();
  await detail.openRevoke();
  await expect(detail.revokeRefusal).toContainText("it is refused here");
  await expect(detail.nameConfirmation).toHaveCount(0);
  await detail.closeDialog();

  const foreign = applications.find((a) => !a.owned);
  await detail.goto(foreign?.applicationId);
  await expect(detail.text(/This is a foreign application/)).toBeVisible();
  await expect(detail.revokeApplicationButton).toHaveCount(0);
  expect((await truth(request, account.applicationKey)).applications).toHaveLength(applications.length);

  const response = await detail.goto(1);
  expect(response?.status()).toBe(404);
  await expect(detail.notFound).toBeVisible();
});

test("an application's findings link to its credentials with that finding", async ({
  page,
  account,
  request,
  applicationDetailPage: detail,
}) => {
  const { applications } = await truth(request, account.applicationKey);
  const apiConsole = applications.find((a) => a.name === "OVHcloud API console");
  await detail.goto(apiConsole?.applicationId);
  await detail.findingLink(findingTitle.foreignApplication).click();
  await expect(page).toHaveURL(
    new RegExp(`/credentials\\?application=${apiConsole?.applicationId}&finding=foreign-application$`),
  );
});

test("keyless applications are previewed, then deleted with a per-item report", async ({
  page,
  request,
  emulator,
  connectPage,
  applicationsPage: applications,
  revocationJobPage: job,
  baseURL,
}) => {
  const fired = recordDialogs(page);
  const account = await emulator.createAccount({ credentials: 3 });
  const before = await truth(request, account.applicationKey);
  const used = new Set(before.credentials.map((c) => c.applicationId));
  const keyless = before.applications.filter((a) => a.owned && !used.has(a.applicationId));
  expect(keyless.length).toBeGreaterThan(1);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();

  await applications.goto();
  const dialog = await applications.openDeleteKeyless(keyless.length);
  await expect(dialog.listed("Applications to delete")).toHaveCount(keyless.length);
  // One disappears between the preview and the confirmation: the report says so instead of failing.
  const gone = keyless[0];
  const deleted = await signedCall(baseURL as string, account, "DELETE", `/me/api/application/${gone?.applicationId}`);
  expect(deleted.ok).toBe(true);
  await dialog.button(`Delete ${keyless.length} applications`).click();

  // The deletion runs as a revocation job: its page holds the report.
  await job.expectOpened();
  await job.waitUntilFinished();
  await expect(job.count("revoked")).toHaveText(String(keyless.length - 1));
  await expect(job.count("already-gone")).toHaveText("1");
  await expect(job.count("failed")).toHaveText("0");
  await job.goBack(/Back to the applications/);

  const after = await truth(request, account.applicationKey);
  expect(after.applications.filter((a) => a.owned && !used.has(a.applicationId))).toEqual([]);
  expect(after.credentials).toHaveLength(before.credentials.length);
  await expect(applications.keylessButton("No keyless application")).toBeDisabled();
  expect(fired).toEqual([]);
});
