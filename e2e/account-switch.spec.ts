import type { Page } from "@playwright/test";
import { createAccount, groundTruth } from "./emulator";
import { expect, test } from "./fixtures";
import { TokenRequestForm } from "./pages/token-request-form";
import { ValidationPage } from "./pages/validation-page";

// On OVH a pending credential belongs to whoever validates its link (a leaked link, a colleague signed
// in to another account): the session must never move to that account.

async function openValidation(page: Page) {
  const popup = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open the validation page" }).click();
  return new ValidationPage(await popup);
}

test("a token request validated by another account is refused for this session, which keeps its account", async ({
  page,
  account,
  request,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  const stranger = await createAccount(request, { credentials: 3 });
  await expect(page.getByTestId("nichandle")).toHaveText(account.nichandle);
  const sessionId = Number(((await page.getByTestId("session-credential").textContent()) ?? "").slice(1));

  // Replace prefills the session credential's rules (full access), so the new key can drive the dashboard.
  await page.goto(`/credentials/${sessionId}`);
  await page.getByRole("link", { name: "Replace" }).click();
  await new TokenRequestForm(page).submit();
  const validation = await openValidation(page);
  await validation.authorize(stranger, "1 hour");
  await validation.page.close();
  await expect(page.getByText("Validated", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Use for this session" }).click();
  await expect(
    page.getByText(
      `This credential belongs to OVH account ${stranger.nichandle}, not to ${account.nichandle}, the account this session manages. It was not used.`,
    ),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("nichandle")).toHaveText(account.nichandle);
  await expect(page.getByTestId("session-credential")).toHaveText(`#${sessionId}`);
  // The stray credential is the stranger's; the session's account gained nothing.
  const strangerTruth = await groundTruth(request, stranger.applicationKey);
  expect(strangerTruth.credentials.some((c) => c.status === "validated")).toBe(true);
});
