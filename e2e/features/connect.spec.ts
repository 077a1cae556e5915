import { expect, test } from "../fixtures";
import { requestToken, signedCall } from "../support/ovh-signing";

test("the demo account signs in to a dashboard showing the account and the session's credential", async ({
  page,
  connectPage,
  shell,
}) => {
  await connectPage.goto();
  await connectPage.useDemoAccount();
  await shell.expectSignedIn();
  for (const name of ["Overview", "Credentials", "Applications", "Token requests"]) {
    await expect(shell.navLink(name)).toBeVisible();
  }
  await expect(shell.nichandle).toHaveText(/^[a-z]{2}\d+-ovh$/);
  await expect(shell.sessionCredential).toHaveText(/^#\d+$/);
  await expect(shell.sessionPanelText("never expires")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "ovh-keys-session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("pasted keys sign in, and Disconnect forgets them", async ({ page, emulator, connectPage, shell }) => {
  const account = await emulator.createAccount();
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await shell.disconnect();
  await expect(page).toHaveURL(/\/connect\?reason=disconnected/);
  await expect(connectPage.message("You are disconnected")).toBeVisible();
  await page.goto("/credentials");
  await expect(page).toHaveURL(/\/connect/);
});

test("Disconnect and expire this credential makes the consumer key stop working at OVH", async ({
  page,
  emulator,
  connectPage,
  shell,
  baseURL,
}) => {
  const account = await emulator.createAccount();
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await shell.disconnectAndExpire();
  await expect(page).toHaveURL(/reason=expired/);
  const response = await signedCall(baseURL as string, account, "GET", "/me");
  expect(response.status).toBe(403);
});

test.describe("each wrong key gets its own message", () => {
  test("unknown application key", async ({ emulator, connectPage }) => {
    const account = await emulator.createAccount();
    await connectPage.goto();
    await connectPage.connect({ ...account, applicationKey: "Zz9Zz9Zz9Zz9Zz9Z" });
    await expect(connectPage.fieldError("applicationKey")).toHaveText("OVH does not know this application key.");
    await expect(connectPage.message(/OVH query id:/)).toBeVisible();
    await expect(connectPage.field("Application secret")).toHaveValue(account.applicationSecret);
  });

  test("wrong application secret", async ({ emulator, connectPage }) => {
    const account = await emulator.createAccount();
    await connectPage.goto();
    await connectPage.connect({ ...account, applicationSecret: "x".repeat(32) });
    await expect(connectPage.fieldError("applicationSecret")).toHaveText(/does not belong to this application key/);
  });

  test("unknown consumer key", async ({ emulator, connectPage }) => {
    const account = await emulator.createAccount();
    await connectPage.goto();
    await connectPage.connect({ ...account, consumerKey: "0".repeat(32) });
    await expect(connectPage.fieldError("consumerKey")).toHaveText(/does not exist/);
  });

  test("expired credential", async ({ emulator, connectPage, baseURL }) => {
    const account = await emulator.createAccount();
    expect((await signedCall(baseURL as string, account, "POST", "/auth/logout")).ok).toBe(true);
    await connectPage.goto();
    await connectPage.connect(account);
    await expect(connectPage.fieldError("consumerKey")).toHaveText(/has expired/);
  });

  test("refused credential", async ({ emulator, connectPage, validationPage, baseURL }) => {
    const account = await emulator.createAccount();
    const token = await requestToken(baseURL as string, account.applicationKey);
    await validationPage.goto(token.validationUrl);
    await validationPage.refuse(account);
    await connectPage.goto();
    await connectPage.connect({ ...account, consumerKey: token.consumerKey });
    await expect(connectPage.fieldError("consumerKey")).toHaveText(/was refused/);
  });

  test("unreachable endpoint", async ({ emulator, connectPage }) => {
    const account = await emulator.createAccount();
    await emulator.setKnobs(account.applicationKey, { dropConnections: 1 });
    await connectPage.goto();
    await connectPage.connect(account);
    await expect(connectPage.fieldError("endpoint")).toHaveText(/could not be reached|did not answer/);
  });

  test("empty fields are caught before any call", async ({ connectPage }) => {
    await connectPage.goto();
    await connectPage.submit();
    await expect(connectPage.fieldError("applicationKey")).toHaveText("Application key is required.");
    await expect(connectPage.fieldError("consumerKey")).toHaveText("Consumer key is required.");
  });
});
