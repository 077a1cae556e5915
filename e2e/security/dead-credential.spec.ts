import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { signedCall } from "../support/ovh-signing";

// When OVH stops accepting the session's credential behind the dashboard's back (revoked from another
// tool), a page sends the admin to /connect saying why, and a route answers 401 and ends the session.

test.beforeEach(async ({ account, baseURL }) => {
  const revoked = await signedCall(baseURL as string, account, "POST", "/auth/logout");
  expect(revoked.ok).toBe(true);
});

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name === "ovh-keys-session")?.value ?? "";

test("a credential revoked elsewhere sends a page to /connect with the reason, and the keys are forgotten", async ({
  page,
  connectPage,
}) => {
  // The dashboard reuses an account read for up to 10 s (lib/inventory/cache.ts), so it learns of the
  // revocation at its next call to OVH. The redirect may come after the page started streaming, as a
  // client-side navigation that aborts the first one, so only the navigation's start is awaited.
  await expect(async () => {
    await page.goto("/credentials", { waitUntil: "commit" }).catch(() => undefined);
    await expect(page).toHaveURL(/\/connect\?reason=credential-invalid/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(connectPage.message("OVH no longer accepts the credential this session used")).toBeVisible();
  await expect.poll(() => sessionCookie(page)).toBe("");
});

test("a route called with a revoked credential answers 401 with OVH's query id and ends the session", async ({
  page,
}) => {
  // A raw call to the route, as the browser's data layer makes it.
  const response = await page.request.get("/api/credentials?fresh=1");
  expect(response.status()).toBe(401);
  const body = (await response.json()) as { error: { code: string; message: string; queryId?: string } };
  expect(body.error.code).toBe("unauthorized:credential");
  expect(body.error.message).toContain("This consumer key is no longer valid (expired, revoked or refused)");
  expect(body.error.queryId).toBeTruthy();
  expect(await sessionCookie(page)).toBe("");
});
