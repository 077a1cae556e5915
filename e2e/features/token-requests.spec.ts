import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import { TokenRequestStatusPage } from "../pages/token-request-status-page";
import { recordServerAnswers } from "../support/server-answers";

const DAY_MS = 24 * 60 * 60 * 1000;

test("a request with two rules is validated on OVH's page with a chosen validity, then handed over", async ({
  page,
  account,
  emulator,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
  tokenRequestsPage,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  await form.goto();
  await form.setRule(0, "GET", "/me");
  // Keyboard only: Enter in a path adds a rule below and focuses it; Remove hands focus back.
  await form.path(0).press("Enter");
  await expect(form.path(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(form.rows()).toHaveCount(3);
  await form.removeRuleButton(3).press("Enter");
  await expect(form.rows()).toHaveCount(2);
  await expect(form.path(1)).toBeFocused();
  await form.setRule(1, "GET", "/me/api/credential", { recursive: true });
  await expect(form.text("Grants GET /me/api/credential and GET /me/api/credential/*")).toBeVisible();
  await form.submit();

  const consumerKey = await status.consumerKeyText();
  expect(consumerKey).toMatch(/^[0-9a-f]{32}$/);
  await expect(status.text("It will not be shown again")).toBeVisible();
  await expect(status.status("Pending validation")).toBeVisible();

  const validation = await status.openValidation();
  await expect(validation.rule("/me/api/credential/*")).toBeVisible();
  const before = Date.now();
  await validation.authorize(account, "30 days");
  const after = Date.now();

  // OVH sends the validating tab back to the status page: a fresh page, which never shows the key again.
  const returned = new TokenRequestStatusPage(validation.page);
  await expect(returned.page).toHaveURL(page.url());
  await expect(returned.status("Validated")).toBeVisible();
  await expect(returned.consumerKey).toHaveCount(0);
  await expect(returned.ovhConf).toContainText("<the consumer key shown when");

  // The first tab follows by polling and still holds the key for the hand-off.
  await expect(status.status("Validated")).toBeVisible();
  await expect(status.rulePaths).toHaveText(["/me", "/me/api/credential", "/me/api/credential/*"]);
  // Validation happened between `before` and `after`: either day is right around midnight UTC.
  const day = (at: number) => new Date(at + 30 * DAY_MS).toISOString().slice(0, 10);
  await expect(status.expiry).toContainText(new RegExp(`${day(before)}|${day(after)}`));
  await expect(status.ovhConf).toContainText(`consumer_key=${consumerKey}`);
  await expect(status.ovhConf).toContainText("application_secret=<your application secret>");
  await status.showEnvironment();
  await expect(status.environment).toContainText(`export OVH_CONSUMER_KEY=${consumerKey}`);
  await expect(status.text(/cannot drive the dashboard/)).toBeVisible();
  await expect(status.useForSessionButton).toHaveCount(0);

  const truth = await emulator.groundTruth(account.applicationKey);
  const created = truth.credentials.filter((c) => c.status === "validated" && c.allowedIPs === null);
  expect(created.length).toBeGreaterThan(0);

  await tokenRequestsPage.goto();
  await expect(tokenRequestsPage.request(/3 rules on \/me/)).toBeVisible();
  await expect(tokenRequestsPage.status("Validated")).toBeVisible();
});

test("a refused request ends as refused", async ({
  account,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
}) => {
  await form.goto();
  await form.applyTemplate("Read-only");
  await expect(form.path()).toHaveValue("/*");
  await form.submit();
  const validation = await status.openValidation();
  await validation.refuse(account);
  await expect(status.status("Refused")).toBeVisible();
  await expect(status.text("refused this request at validation")).toBeVisible();
  await expect(status.validationLink).toHaveCount(0);
});

test("connect with an application key and secret only: the dashboard requests its key and finishes after validation", async ({
  page,
  emulator,
  connectPage,
  validationPage,
  shell,
}) => {
  const account = await emulator.createAccount();
  await connectPage.goto();
  await connectPage.fillKeys({ applicationKey: account.applicationKey, applicationSecret: account.applicationSecret });
  await connectPage.chooseToRequestAConsumerKey();
  await expect(connectPage.field("Consumer key")).toHaveCount(0);
  await expect(connectPage.access("Only what ovh-keys needs (recommended)")).toBeChecked();
  await connectPage.requestConsumerKey();

  await expect(page).toHaveURL(/credentialToken=/);
  await expect(validationPage.rule("/me/api/credential/*").first()).toBeVisible();
  await validationPage.authorize(account, "1 hour");

  await shell.expectSignedIn();
  const sessionId = await shell.sessionCredentialId();
  const truth = await emulator.groundTruth(account.applicationKey);
  const credential = truth.credentials.find((c) => c.credentialId === sessionId) as unknown as {
    status: string;
    rules: { method: string; path: string }[];
  };
  expect(credential.status).toBe("validated");
  expect(credential.rules.map((r) => `${r.method} ${r.path}`)).toContain("DELETE /me/api/credential/*");
  expect(credential.rules.some((r) => r.path === "/*")).toBe(false);
});

test("connect with an application key and secret only explains a refusal", async ({
  page,
  emulator,
  connectPage,
  connectCompletePage,
  validationPage,
}) => {
  const account = await emulator.createAccount();
  await connectPage.goto();
  await connectPage.fillKeys({ applicationKey: account.applicationKey, applicationSecret: account.applicationSecret });
  await connectPage.chooseToRequestAConsumerKey();
  await connectPage.chooseAccess("Full access to the account");
  await expect(connectPage.message("A full-access key can order and pay for services")).toBeVisible();
  await connectPage.requestConsumerKey();
  await expect(page).toHaveURL(/credentialToken=/);
  await validationPage.refuse(account);
  await connectCompletePage.expectOpen();
  await expect(connectCompletePage.message(/refused this request at validation/)).toBeVisible();
  await connectCompletePage.backToConnect();
  await expect(connectPage.heading).toBeVisible();
});

test("Replace prefills a request; once validated and used for the session, the old credential is revoked", async ({
  account,
  emulator,
  shell,
  credentialDetailPage,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  const oldId = await shell.sessionCredentialId();
  await credentialDetailPage.goto(oldId);
  await credentialDetailPage.replace();
  await expect(form.heading(`Replace credential #${oldId}`)).toBeVisible();
  await expect(form.rows()).toHaveCount(4);
  await expect(form.path(0)).toHaveValue("/*");
  await expect(form.text(/grant full access to the whole account/)).toBeVisible();
  await form.submit();

  const validation = await status.openValidation();
  await validation.authorize(account, "24 hours");
  await validation.page.close();
  await expect(status.status("Validated")).toBeVisible();
  await expect(status.oldLastUse).not.toHaveText("never");
  await expect(status.newLastUse).toBeVisible();
  await expect(status.text(/is the one this session signs with/)).toBeVisible();
  await expect(status.revokeOldButton).toHaveCount(0);

  await status.useForSession();
  await expect(status.text(/This session signs with credential #\d+/)).toBeVisible();
  // The header re-renders once the switched session is read back: wait for it rather than read it once.
  await expect(shell.sessionCredential).not.toHaveText(`#${oldId}`);
  const newId = await shell.sessionCredentialId();
  expect(newId).not.toBe(oldId);

  await status.revokeOldButton.click();
  await expect(status.revokeOldDialogText(oldId, /It was last used/)).toBeVisible();
  await status.confirmRevokeOld(oldId);
  await expect(shell.notice(`Credential #${oldId} no longer exists: it is revoked.`)).toBeVisible();
  const truth = await emulator.groundTruth(account.applicationKey);
  expect(truth.credentials.some((c) => c.credentialId === oldId)).toBe(false);
  expect(truth.credentials.find((c) => c.credentialId === newId)?.status).toBe("validated");
});

test("the consumer key reaches the browser once, in the creation's answer, and never a log line", async ({
  page,
  account: _signedIn,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
  tokenRequestsPage,
}) => {
  const answers = await recordServerAnswers(page);
  await form.goto();
  await form.applyTemplate("Inventory read-only");
  await form.submit();
  const consumerKey = await status.consumerKeyText();
  expect(consumerKey).toMatch(/^[0-9a-f]{32}$/);
  const poll = page.waitForResponse((response) => response.url().includes("/api/token-requests?id="));
  await page.reload();
  await poll;
  await expect(status.status("Pending validation")).toBeVisible();
  await expect(status.consumerKey).toHaveCount(0);
  await tokenRequestsPage.goto();
  await expect(tokenRequestsPage.text("Pending validation")).toBeVisible();
  const carrying = answers.filter(({ body }) => body.includes(consumerKey));
  expect(carrying.map(({ method, url }) => `${method} ${new URL(url).pathname}`)).toEqual(["POST /token-requests/new"]);
  expect(readFileSync("test-results/server.log", "utf8")).not.toContain(consumerKey);
});

test("a request for another application's key is handed over but not followed", async ({
  emulator,
  account: _signedIn,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
}) => {
  const tool = await emulator.createAccount();
  await form.goto();
  await form.setRule(0, "GET", "/me");
  await form.forAnotherApplication(tool.applicationKey);
  await form.submit();
  const consumerKey = await status.consumerKeyText();
  await expect(status.status("Not followed")).toBeVisible();
  await expect(status.text(/cannot follow this one/)).toBeVisible();
  await expect(status.ovhConf).toContainText(`application_key=${tool.applicationKey}`);
  await expect(status.ovhConf).toContainText(`consumer_key=${consumerKey}`);
  await expect(status.validationLink).toBeVisible();
});
