import { expect, test } from "../fixtures";
import { truth } from "../support/audit-truth";
import { createAccount } from "../support/emulator";
import { requestToken } from "../support/ovh-signing";

test("overview counts match the account and link to the filtered credentials", async ({ page, account, request }) => {
  const { credentials } = await truth(request, account.applicationKey);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

  const expired = credentials.filter((c) => c.status === "expired").length;
  const expiredLink = page.getByRole("link", { name: `${expired} Expired`, exact: true });
  await expect(expiredLink).toHaveAttribute("href", "/credentials?status=expired");
  await expect(page.getByRole("link", { name: `${credentials.length} in all` })).toHaveAttribute(
    "href",
    "/credentials",
  );
  const pending = credentials.filter((c) => c.status === "pendingValidation").length;
  await expect(page.getByRole("link", { name: `${pending} Pending`, exact: true })).toHaveAttribute(
    "href",
    "/credentials?status=pendingValidation",
  );

  await expect(page.getByRole("link", { name: /Remove expired/ })).toHaveAttribute(
    "href",
    "/credentials?status=expired,refused&remove-expired=1",
  );

  const findings = page.getByRole("region", { name: "Credentials by finding" });
  await expect(findings.getByRole("link", { name: /Full access/ })).toHaveAttribute(
    "href",
    "/credentials?finding=full-access",
  );

  await expiredLink.click();
  await expect(page).toHaveURL(/\/credentials\?status=expired$/);
  await expect(page.getByRole("heading", { name: "Credentials", level: 1 })).toBeVisible();
});

test("the risk score explains how it is computed, and the riskiest credentials open their page", async ({
  page,
  account,
}) => {
  void account;
  await page.goto("/");
  const score = Number(await page.getByTestId("risk-score").textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  await page.getByText("How this score is computed").click();
  await expect(page.getByText(/Each finding adds its severity weight/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Points by finding" })).toBeVisible();

  const riskiest = page.getByRole("region", { name: "Riskiest credentials" });
  const first = riskiest.getByRole("link", { name: /^#\d+$/ }).first();
  const id = ((await first.textContent()) ?? "").slice(1);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/credentials/${id}$`));
  await expect(page.getByRole("heading", { name: new RegExp(`Credential #${id}`) })).toBeVisible();
});

test("a small account shows its expiring credentials on the timeline", async ({ page, request, connectPage }) => {
  const account = await createAccount(request, { credentials: 10 });
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  const { credentials } = await truth(request, account.applicationKey);
  await expect(page.getByRole("link", { name: `${credentials.length} in all` })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Expiring in the next 30 days" });
  await expect(timeline.getByRole("link", { name: /soonest first/ })).toHaveAttribute(
    "href",
    "/credentials?status=validated&sort=expiration&dir=asc",
  );
});

test("a credential without audit rights gets a clear error with OVH's query id", async ({
  page,
  request,
  connectPage,
  baseURL,
}) => {
  const account = await createAccount(request, { credentials: 5 });
  // A consumer key that can read /me (the header) but not the credential list.
  const token = await requestToken(baseURL as string, account.applicationKey, [{ method: "GET", path: "/me" }]);
  await page.goto(token.validationUrl);
  await page.getByLabel("Account ID").fill(account.login);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Authorize" }).click();
  await connectPage.goto();
  await connectPage.connect({ ...account, consumerKey: token.consumerKey });
  await connectPage.expectSignedIn();
  const alert = page.getByRole("alert").filter({ hasText: "The audit could not be loaded" });
  await expect(alert).toContainText("not allowed to call GET /me/api/credential");
  await expect(alert).toContainText("OVH query id:");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("on a phone, every section of the main navigation is in view and opens its page", async ({
  page,
  account: _signedIn,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const width = await page.evaluate(() => window.innerWidth);
  for (const name of ["Overview", "Credentials", "Applications", "Token requests"]) {
    const box = await nav.getByRole("link", { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box?.x, name).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(width);
  }
  await nav.getByRole("link", { name: "Token requests" }).click();
  await expect(page.getByRole("heading", { name: "Token requests", level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Token requests" })).toHaveAttribute("aria-current", "page");
});
