import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { TokenRequestForm } from "../pages/token-request-form";
import { ValidationPage } from "../pages/validation-page";
import { createAccount, groundTruth } from "../support/emulator";
import { recordServerAnswers } from "../support/server-answers";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Opens the validation link in its new tab, as an admin would. */
async function openValidation(page: Page) {
  const popup = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open the validation page" }).click();
  return new ValidationPage(await popup);
}

test("a request with two rules is validated on OVH's page with a chosen validity, then handed over", async ({
  page,
  account,
  request,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  const form = new TokenRequestForm(page);
  await form.goto();
  await form.setRule(0, "GET", "/me");
  // Keyboard only: Enter in a path adds a rule below and focuses it; Remove hands focus back.
  await page.getByLabel("Path").first().press("Enter");
  await expect(page.getByLabel("Path").nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(form.rows()).toHaveCount(3);
  await page.getByRole("button", { name: "Remove rule 3" }).press("Enter");
  await expect(form.rows()).toHaveCount(2);
  await expect(page.getByLabel("Path").nth(1)).toBeFocused();
  await form.setRule(1, "GET", "/me/api/credential", { recursive: true });
  await expect(page.getByText("Grants GET /me/api/credential and GET /me/api/credential/*")).toBeVisible();
  await form.submit();

  const consumerKey = (await page.getByTestId("consumer-key").textContent()) ?? "";
  expect(consumerKey).toMatch(/^[0-9a-f]{32}$/);
  await expect(page.getByText("It will not be shown again")).toBeVisible();
  await expect(page.getByText("Pending validation")).toBeVisible();

  const validation = await openValidation(page);
  await expect(validation.page.getByRole("cell", { name: "/me/api/credential/*" })).toBeVisible();
  const before = Date.now();
  await validation.authorize(account, "30 days");
  const after = Date.now();

  // OVH sends the validating tab back to the status page: a fresh page, which never shows the key again.
  await expect(validation.page).toHaveURL(page.url());
  await expect(validation.page.getByText("Validated", { exact: true })).toBeVisible();
  await expect(validation.page.getByTestId("consumer-key")).toHaveCount(0);
  await expect(validation.page.getByTestId("handoff-ovh-conf")).toContainText("<the consumer key shown when");

  // The first tab follows by polling and still holds the key for the hand-off.
  await expect(page.getByText("Validated", { exact: true })).toBeVisible();
  await expect(page.getByTestId("credential-rule").locator("td:nth-child(2)")).toHaveText([
    "/me",
    "/me/api/credential",
    "/me/api/credential/*",
  ]);
  // Validation happened between `before` and `after`: either day is right around midnight UTC.
  const day = (at: number) => new Date(at + 30 * DAY_MS).toISOString().slice(0, 10);
  await expect(page.getByTestId("credential-expiry")).toContainText(new RegExp(`${day(before)}|${day(after)}`));
  await expect(page.getByTestId("handoff-ovh-conf")).toContainText(`consumer_key=${consumerKey}`);
  await expect(page.getByTestId("handoff-ovh-conf")).toContainText("application_secret=<your application secret>");
  await page.getByRole("tab", { name: "Environment" }).click();
  await expect(page.getByTestId("handoff-env")).toContainText(`export OVH_CONSUMER_KEY=${consumerKey}`);
  await expect(page.getByText(/cannot drive the dashboard/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Use for this session" })).toHaveCount(0);

  const truth = await groundTruth(request, account.applicationKey);
  const created = truth.credentials.filter((c) => c.status === "validated" && c.allowedIPs === null);
  expect(created.length).toBeGreaterThan(0);

  await page.goto("/token-requests");
  await expect(page.getByRole("link", { name: /3 rules on \/me/ })).toBeVisible();
  await expect(page.getByText("Validated", { exact: true })).toBeVisible();
});

test("a refused request ends as refused", async ({ page, account }) => {
  const form = new TokenRequestForm(page);
  await form.goto();
  await form.applyTemplate("Read-only");
  await expect(page.getByLabel("Path")).toHaveValue("/*");
  await form.submit();
  const validation = await openValidation(page);
  await validation.refuse(account);
  await expect(page.getByText("Refused", { exact: true })).toBeVisible();
  await expect(page.getByText("refused this request at validation")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the validation page" })).toHaveCount(0);
});

test("connect with an application key and secret only: the dashboard requests its key and finishes after validation", async ({
  page,
  request,
}) => {
  const account = await createAccount(request);
  await page.goto("/connect");
  await page.getByLabel("Endpoint").selectOption("emulator");
  await page.getByLabel("Application key").fill(account.applicationKey);
  await page.getByLabel("Application secret").fill(account.applicationSecret);
  await page.getByLabel("No, request one for me").check();
  await expect(page.getByLabel("Consumer key")).toHaveCount(0);
  await expect(page.getByLabel("Only what ovh-keys needs (recommended)")).toBeChecked();
  await page.getByRole("button", { name: "Request a consumer key" }).click();

  await expect(page).toHaveURL(/credentialToken=/);
  await expect(page.getByRole("cell", { name: "/me/api/credential/*" }).first()).toBeVisible();
  await new ValidationPage(page).authorize(account, "1 hour");

  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const sessionId = Number(((await page.getByTestId("session-credential").textContent()) ?? "").slice(1));
  const truth = await groundTruth(request, account.applicationKey);
  const credential = truth.credentials.find((c) => c.credentialId === sessionId) as unknown as {
    status: string;
    rules: { method: string; path: string }[];
  };
  expect(credential.status).toBe("validated");
  expect(credential.rules.map((r) => `${r.method} ${r.path}`)).toContain("DELETE /me/api/credential/*");
  expect(credential.rules.some((r) => r.path === "/*")).toBe(false);
});

test("connect with an application key and secret only explains a refusal", async ({ page, request }) => {
  const account = await createAccount(request);
  await page.goto("/connect");
  await page.getByLabel("Endpoint").selectOption("emulator");
  await page.getByLabel("Application key").fill(account.applicationKey);
  await page.getByLabel("Application secret").fill(account.applicationSecret);
  await page.getByLabel("No, request one for me").check();
  await page.getByLabel("Full access to the account").check();
  await expect(page.getByText("A full-access key can order and pay for services")).toBeVisible();
  await page.getByRole("button", { name: "Request a consumer key" }).click();
  await expect(page).toHaveURL(/credentialToken=/);
  await new ValidationPage(page).refuse(account);
  await expect(page).toHaveURL(/\/connect\/complete$/);
  await expect(page.getByText(/refused this request at validation/)).toBeVisible();
  await page.getByRole("link", { name: "Back to Connect" }).click();
  await expect(page.getByRole("heading", { name: "Connect to your OVHcloud account" })).toBeVisible();
});

test("Replace prefills a request; once validated and used for the session, the old credential is revoked", async ({
  page,
  account,
  request,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  const oldId = Number(((await page.getByTestId("session-credential").textContent()) ?? "").slice(1));
  await page.goto(`/credentials/${oldId}`);
  await page.getByRole("link", { name: "Replace" }).click();
  await expect(page.getByRole("heading", { name: `Replace credential #${oldId}` })).toBeVisible();
  const form = new TokenRequestForm(page);
  await expect(form.rows()).toHaveCount(4);
  await expect(page.getByLabel("Path").first()).toHaveValue("/*");
  await expect(page.getByText(/grant full access to the whole account/)).toBeVisible();
  await form.submit();

  const validation = await openValidation(page);
  await validation.authorize(account, "24 hours");
  await validation.page.close();
  await expect(page.getByText("Validated", { exact: true })).toBeVisible();
  await expect(page.getByTestId("old-last-use")).not.toHaveText("never");
  await expect(page.getByTestId("new-last-use")).toBeVisible();
  await expect(page.getByText(/is the one this session signs with/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Revoke the old credential" })).toHaveCount(0);

  await page.getByRole("button", { name: "Use for this session" }).click();
  await expect(page.getByText(/This session signs with credential #\d+/)).toBeVisible();
  // The header re-renders once the switched session is read back: wait for it rather than read it once.
  await expect(page.getByTestId("session-credential")).not.toHaveText(`#${oldId}`);
  const newId = Number(((await page.getByTestId("session-credential").textContent()) ?? "").slice(1));
  expect(newId).not.toBe(oldId);

  await page.getByRole("button", { name: "Revoke the old credential" }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke credential #${oldId}?` });
  await expect(dialog.getByText(/It was last used/)).toBeVisible();
  await dialog.getByRole("button", { name: `Revoke credential #${oldId}` }).click();
  await expect(page.getByText(`Credential #${oldId} no longer exists: it is revoked.`)).toBeVisible();
  const truth = await groundTruth(request, account.applicationKey);
  expect(truth.credentials.some((c) => c.credentialId === oldId)).toBe(false);
  expect(truth.credentials.find((c) => c.credentialId === newId)?.status).toBe("validated");
});

test("the consumer key reaches the browser once, in the creation's answer, and never a log line", async ({
  page,
  account: _signedIn,
}) => {
  const answers = await recordServerAnswers(page);
  const form = new TokenRequestForm(page);
  await form.goto();
  await form.applyTemplate("Inventory read-only");
  await form.submit();
  const consumerKey = (await page.getByTestId("consumer-key").textContent()) ?? "";
  expect(consumerKey).toMatch(/^[0-9a-f]{32}$/);
  const poll = page.waitForResponse((response) => response.url().includes("/api/token-requests?id="));
  await page.reload();
  await poll;
  await expect(page.getByText("Pending validation")).toBeVisible();
  await expect(page.getByTestId("consumer-key")).toHaveCount(0);
  await page.goto("/token-requests");
  await expect(page.getByText("Pending validation")).toBeVisible();
  const carrying = answers.filter(({ body }) => body.includes(consumerKey));
  expect(carrying.map(({ method, url }) => `${method} ${new URL(url).pathname}`)).toEqual(["POST /token-requests/new"]);
  expect(readFileSync("test-results/server.log", "utf8")).not.toContain(consumerKey);
});

test("a request for another application's key is handed over but not followed", async ({
  page,
  request,
  account: _signedIn,
}) => {
  const tool = await createAccount(request);
  const form = new TokenRequestForm(page);
  await form.goto();
  await form.setRule(0, "GET", "/me");
  await page.getByLabel("The tool's own application").check();
  await page.getByLabel("Other application key").fill(tool.applicationKey);
  await form.submit();
  const consumerKey = (await page.getByTestId("consumer-key").textContent()) ?? "";
  await expect(page.getByText("Not followed")).toBeVisible();
  await expect(page.getByText(/cannot follow this one/)).toBeVisible();
  await expect(page.getByTestId("handoff-ovh-conf")).toContainText(`application_key=${tool.applicationKey}`);
  await expect(page.getByTestId("handoff-ovh-conf")).toContainText(`consumer_key=${consumerKey}`);
  await expect(page.getByRole("link", { name: "Open the validation page" })).toBeVisible();
});
