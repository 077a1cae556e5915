import { createAccount } from "./emulator";
import { expect, test } from "./fixtures";
import { signedCall } from "./ovh-signing";

// When OVH stops accepting the session's credential behind the dashboard's back (revoked from another
// tool), a page sends the admin to /connect saying why, and a route answers 401 and ends the session.

test("a credential revoked elsewhere sends a page to /connect with the reason, and the keys are forgotten", async ({
  page,
  request,
  connectPage,
  baseURL,
}) => {
  const account = await createAccount(request);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  const revoked = await signedCall(baseURL as string, account, "POST", "/auth/logout");
  expect(revoked.ok).toBe(true);

  // The redirect may come after the page started streaming, as a client-side navigation: the first
  // navigation is then aborted by the second, so only its start is awaited.
  await page.goto("/credentials", { waitUntil: "commit" }).catch(() => undefined);
  await expect(page).toHaveURL(/\/connect\?reason=credential-invalid/);
  await expect(page.getByText("OVH no longer accepts the credential this session used")).toBeVisible();
  await expect
    .poll(async () => (await page.context().cookies()).find((c) => c.name === "ovh-keys-session")?.value ?? "")
    .toBe("");
});

test("a route called with a revoked credential answers 401 with OVH's query id and ends the session", async ({
  page,
  request,
  connectPage,
  baseURL,
}) => {
  const account = await createAccount(request);
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await signedCall(baseURL as string, account, "POST", "/auth/logout");

  const response = await page.request.get("/api/credentials?fresh=1");
  expect(response.status()).toBe(401);
  const body = (await response.json()) as { error: { code: string; message: string; queryId?: string } };
  expect(body.error.code).toBe("unauthorized:credential");
  expect(body.error.message).toContain("This consumer key is no longer valid (expired, revoked or refused)");
  expect(body.error.queryId).toBeTruthy();
  const cookie = (await page.context().cookies()).find((c) => c.name === "ovh-keys-session");
  expect(cookie?.value ?? "").toBe("");
});
