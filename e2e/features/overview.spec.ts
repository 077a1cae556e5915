import { expect, test } from "../fixtures";
import { truth } from "../support/audit-truth";
import { findingTitle } from "../support/finding-titles";
import { requestToken } from "../support/ovh-signing";

test("overview counts match the account and link to the filtered credentials", async ({
  page,
  account,
  request,
  overviewPage: overview,
  credentialsPage,
}) => {
  const { credentials } = await truth(request, account.applicationKey);
  await overview.goto();
  await expect(overview.heading).toBeVisible();

  const expired = credentials.filter((c) => c.status === "expired").length;
  const expiredLink = overview.statusLink(expired, "Expired");
  await expect(expiredLink).toHaveAttribute("href", "/credentials?status=expired");
  await expect(overview.totalLink(credentials.length)).toHaveAttribute("href", "/credentials");
  const pending = credentials.filter((c) => c.status === "pendingValidation").length;
  await expect(overview.statusLink(pending, "Pending")).toHaveAttribute(
    "href",
    "/credentials?status=pendingValidation",
  );

  await expect(overview.removeExpiredLink).toHaveAttribute(
    "href",
    "/credentials?status=expired,refused&remove-expired=1",
  );

  await expect(overview.findingLink(findingTitle.fullAccess)).toHaveAttribute(
    "href",
    "/credentials?finding=full-access",
  );

  await expiredLink.click();
  await expect(page).toHaveURL(/\/credentials\?status=expired$/);
  await expect(credentialsPage.heading).toBeVisible();
});

test("the risk score explains how it is computed, and the riskiest credentials open their page", async ({
  page,
  account,
  overviewPage: overview,
  credentialDetailPage,
}) => {
  void account;
  await overview.goto();
  const score = await overview.riskScore();
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  await overview.explainRiskScore();
  await expect(overview.riskScoreExplanation).toBeVisible();
  await expect(overview.pointsByFinding).toBeVisible();

  const first = overview.riskiestCredential;
  const id = ((await first.textContent()) ?? "").slice(1);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/credentials/${id}$`));
  await expect(credentialDetailPage.heading(new RegExp(`Credential #${id}`))).toBeVisible();
});

test("a small account shows its expiring credentials on the timeline", async ({
  request,
  emulator,
  connectPage,
  overviewPage: overview,
}) => {
  const account = await emulator.createAccount({ credentials: 10 });
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  const { credentials } = await truth(request, account.applicationKey);
  await expect(overview.totalLink(credentials.length)).toBeVisible();
  await expect(overview.expiringSoonestFirstLink).toHaveAttribute(
    "href",
    "/credentials?status=validated&sort=expiration&dir=asc",
  );
});

test("a credential without audit rights gets a clear error with OVH's query id", async ({
  emulator,
  connectPage,
  validationPage,
  overviewPage: overview,
  baseURL,
}) => {
  const account = await emulator.createAccount({ credentials: 5 });
  // A consumer key that can read /me (the header) but not the credential list.
  const token = await requestToken(baseURL as string, account.applicationKey, [{ method: "GET", path: "/me" }]);
  await validationPage.goto(token.validationUrl);
  await validationPage.authorize(account);
  await connectPage.goto();
  await connectPage.connect({ ...account, consumerKey: token.consumerKey });
  await connectPage.expectSignedIn();
  await expect(overview.auditError).toContainText("not allowed to call GET /me/api/credential");
  await expect(overview.auditError).toContainText("OVH query id:");
  await expect(overview.auditErrorRetry).toBeVisible();
});

test("on a phone, every section of the main navigation is in view and opens its page", async ({
  page,
  account: _signedIn,
  overviewPage: overview,
  shell,
  tokenRequestsPage,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await overview.goto();
  const width = await page.evaluate(() => window.innerWidth);
  for (const name of ["Overview", "Credentials", "Applications", "Token requests"]) {
    const box = await shell.navLink(name).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box?.x, name).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(width);
  }
  await shell.navLink("Token requests").click();
  await expect(tokenRequestsPage.heading).toBeVisible();
  await expect(shell.navLink("Token requests")).toHaveAttribute("aria-current", "page");
});
