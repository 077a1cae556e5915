import { expect, test } from "../fixtures";

// On OVH a pending credential belongs to whoever validates its link (a leaked link, a colleague signed
// in to another account): the session must never move to that account.

test("a token request validated by another account is refused for this session, which keeps its account", async ({
  page,
  account,
  emulator,
  shell,
  credentialDetailPage,
  tokenRequestForm,
  tokenRequestStatusPage: status,
}) => {
  test.slow(); // two tabs, OVH's validation page and polling: slow on a busy machine
  const stranger = await emulator.createAccount({ credentials: 3 });
  await expect(shell.nichandle).toHaveText(account.nichandle);
  const sessionId = await shell.sessionCredentialId();

  // Replace prefills the session credential's rules (full access), so the new key can drive the dashboard.
  await credentialDetailPage.goto(sessionId);
  await credentialDetailPage.replace();
  await tokenRequestForm.submit();
  const validation = await status.openValidation();
  await validation.authorize(stranger, "1 hour");
  await validation.page.close();
  await expect(status.status("Validated")).toBeVisible();

  await status.useForSession();
  await expect(status.otherAccountRefusal(stranger.nichandle, account.nichandle)).toBeVisible();

  await page.reload();
  await expect(shell.nichandle).toHaveText(account.nichandle);
  await expect(shell.sessionCredential).toHaveText(`#${sessionId}`);
  // The stray credential is the stranger's; the session's account gained nothing.
  const strangerTruth = await emulator.groundTruth(stranger.applicationKey);
  expect(strangerTruth.credentials.some((c) => c.status === "validated")).toBe(true);
});
