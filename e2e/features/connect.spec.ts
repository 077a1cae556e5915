import { expect, test } from "../fixtures";
import { createAccount, setKnobs } from "../support/emulator";
import { requestToken, signedCall } from "../support/ovh-signing";

test("the demo account signs in to a dashboard showing the account and the session's credential", async ({ page }) => {
  await page.goto("/connect");
  await page.getByRole("button", { name: "Use the demo account" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  for (const name of ["Overview", "Credentials", "Applications", "Token requests"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("nichandle")).toHaveText(/^[a-z]{2}\d+-ovh$/);
  await expect(page.getByTestId("session-credential")).toHaveText(/^#\d+$/);
  await expect(page.getByLabel("Session").getByText("never expires")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "ovh-keys-session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("pasted keys sign in, and Disconnect forgets them", async ({ page, request, connectPage }) => {
  const account = await createAccount(request);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await page.getByText("Disconnect", { exact: true }).first().click();
  await page.getByRole("button", { name: "Disconnect", exact: true }).click();
  await expect(page).toHaveURL(/\/connect\?reason=disconnected/);
  await expect(page.getByText("You are disconnected")).toBeVisible();
  await page.goto("/credentials");
  await expect(page).toHaveURL(/\/connect/);
});

test("Disconnect and expire this credential makes the consumer key stop working at OVH", async ({
  page,
  request,
  connectPage,
  baseURL,
}) => {
  const account = await createAccount(request);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await page.getByText("Disconnect", { exact: true }).first().click();
  await page.getByRole("button", { name: "Disconnect and expire this credential" }).click();
  await expect(page).toHaveURL(/reason=expired/);
  const response = await signedCall(baseURL as string, account, "GET", "/me");
  expect(response.status).toBe(403);
});

test.describe("each wrong key gets its own message", () => {
  test("unknown application key", async ({ page, request, connectPage }) => {
    const account = await createAccount(request);
    await connectPage.goto();
    await connectPage.connect({ ...account, applicationKey: "Zz9Zz9Zz9Zz9Zz9Z" });
    await expect(page.locator("#applicationKey-error")).toHaveText("OVH does not know this application key.");
    await expect(page.getByText(/OVH query id:/)).toBeVisible();
    await expect(page.getByLabel("Application secret")).toHaveValue(account.applicationSecret);
  });

  test("wrong application secret", async ({ page, request, connectPage }) => {
    const account = await createAccount(request);
    await connectPage.goto();
    await connectPage.connect({ ...account, applicationSecret: "x".repeat(32) });
    await expect(page.locator("#applicationSecret-error")).toHaveText(/does not belong to this application key/);
  });

  test("unknown consumer key", async ({ page, request, connectPage }) => {
    const account = await createAccount(request);
    await connectPage.goto();
    await connectPage.connect({ ...account, consumerKey: "0".repeat(32) });
    await expect(page.locator("#consumerKey-error")).toHaveText(/does not exist/);
  });

  test("expired credential", async ({ page, request, connectPage, baseURL }) => {
    const account = await createAccount(request);
    expect((await signedCall(baseURL as string, account, "POST", "/auth/logout")).ok).toBe(true);
    await connectPage.goto();
    await connectPage.connect(account);
    await expect(page.locator("#consumerKey-error")).toHaveText(/has expired/);
  });

  test("refused credential", async ({ page, request, connectPage, baseURL }) => {
    const account = await createAccount(request);
    const token = await requestToken(baseURL as string, account.applicationKey);
    await page.goto(token.validationUrl);
    await page.getByLabel("Account ID").fill(account.login);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Refuse" }).click();
    await connectPage.goto();
    await connectPage.connect({ ...account, consumerKey: token.consumerKey });
    await expect(page.locator("#consumerKey-error")).toHaveText(/was refused/);
  });

  test("unreachable endpoint", async ({ page, request, connectPage }) => {
    const account = await createAccount(request);
    await setKnobs(request, account.applicationKey, { dropConnections: 1 });
    await connectPage.goto();
    await connectPage.connect(account);
    await expect(page.locator("#endpoint-error")).toHaveText(/could not be reached|did not answer/);
  });

  test("empty fields are caught before any call", async ({ page, connectPage }) => {
    await connectPage.goto();
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await expect(page.locator("#applicationKey-error")).toHaveText("Application key is required.");
    await expect(page.locator("#consumerKey-error")).toHaveText("Consumer key is required.");
  });
});
