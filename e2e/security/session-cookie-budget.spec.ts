import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { CredentialDetailPage } from "../pages/credential-detail-page";
import { truth } from "../support/audit-truth";

// Issue 11, items 2 and 6: the session cookie never silently overflows, restore data survives the
// session, and two tabs writing the session at once both keep what they wrote.

const QUARANTINE = ["192.0.2.1/32", "2001:db8::1/128"];

test("12 quarantines then 4 token requests: nothing is lost, nothing is orphaned at OVH", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
  tokenRequestForm: form,
  tokenRequestStatusPage: status,
}) => {
  test.slow();
  const own = await shell.sessionCredentialId();
  const before = await truth(request, account.applicationKey);
  // The credentials with the longest lists first: the restore data the cookie has to hold.
  const targets = before.credentials
    .filter((c) => c.credentialId !== own && c.status === "validated")
    .sort((a, b) => JSON.stringify(b.allowedIPs).length - JSON.stringify(a.allowedIPs).length)
    .slice(0, 12);
  expect(targets).toHaveLength(12);
  const atOvh = async (id: number) =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === id)?.allowedIPs;

  const quarantined: typeof targets = [];
  for (const target of targets) {
    await detail.goto(target.credentialId);
    await detail.quarantine();
    const done = detail.quarantined(target.credentialId);
    await expect(done.or(detail.quarantineRefused)).toBeVisible();
    if (await done.isVisible()) {
      quarantined.push(target);
      await expect.poll(() => atOvh(target.credentialId)).toEqual(QUARANTINE);
    } else {
      // Refused before OVH was called: the credential is untouched.
      expect(await atOvh(target.credentialId)).toEqual(target.allowedIPs);
    }
  }
  expect(quarantined.length).toBeGreaterThanOrEqual(10);

  for (let i = 0; i < 4; i++) {
    const count = (await truth(request, account.applicationKey)).credentials.length;
    await form.goto();
    await form.applyTemplate("Billing read-only");
    await form.create();
    await expect(status.consumerKey.or(form.sessionFullRefusal)).toBeVisible();
    const after = (await truth(request, account.applicationKey)).credentials.length;
    if (await status.consumerKey.isVisible()) {
      expect(await status.consumerKeyText()).toMatch(/^[0-9a-f]{32}$/);
      expect(after).toBe(count + 1);
    } else {
      expect(after, "a refused request never reached OVH").toBe(count);
    }
  }

  // Still signed in, and every quarantine still restorable from the session.
  for (const target of quarantined) {
    await detail.goto(target.credentialId);
    await detail.restorePreviousAllowedIps();
    await expect(detail.restored(target.credentialId)).toBeVisible();
    await expect.poll(() => atOvh(target.credentialId)).toEqual(target.allowedIPs);
  }
});

test("a quarantine's previous list is downloaded, and Restore reads it back after a sign-out", async ({
  account,
  request,
  shell,
  connectPage,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length);
  const other = credentials.find(
    (c) => c.credentialId !== own && c.credentialId !== target?.credentialId && c.status === "validated",
  );
  if (!target?.allowedIPs || !other) throw new Error("the seeded account has IP-restricted credentials");
  const atOvh = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs;

  await detail.goto(target.credentialId);
  await detail.quarantine();
  await expect(detail.quarantined(target.credentialId)).toBeVisible();
  const download = await detail.downloadPreviousAllowedIps();
  expect(download.suggestedFilename()).toBe(`ovh-keys-quarantine-${target.credentialId}.json`);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, "utf8"));
  expect(file).toEqual({
    credentialId: target.credentialId,
    allowedIPs: target.allowedIPs,
    quarantinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
  const text = JSON.stringify(file);
  expect(text).not.toContain(account.applicationSecret);
  expect(text).not.toContain(account.consumerKey);

  // Sign out and in again: the session no longer remembers the list.
  await shell.disconnect();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  await detail.goto(target.credentialId);
  await expect(detail.restorePreviousButton).toHaveCount(0);

  // Another credential's file is refused, and OVH is untouched.
  await detail.restoreFromFileInput.setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...file, credentialId: other.credentialId })),
  });
  await expect(detail.quarantinePanel).toContainText(`not #${target.credentialId}`);
  expect(await atOvh()).toEqual(QUARANTINE);

  await detail.restoreFromFileInput.setInputFiles(path);
  await expect(detail.restored(target.credentialId)).toBeVisible();
  await expect.poll(atOvh).toEqual(target.allowedIPs);
});

test("two tabs quarantining two credentials at the same moment both keep their restore data", async ({
  page,
  account,
  request,
  shell,
  credentialDetailPage: firstTab,
}) => {
  const own = await shell.sessionCredentialId();
  const { credentials } = await truth(request, account.applicationKey);
  const [first, second] = credentials.filter(
    (c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length,
  );
  if (!first || !second) throw new Error("the seeded account has two IP-restricted credentials");
  const secondTab = new CredentialDetailPage(await page.context().newPage());
  await firstTab.goto(first.credentialId);
  await secondTab.goto(second.credentialId);
  await Promise.all([firstTab.quarantine(), secondTab.quarantine()]);
  await expect(firstTab.quarantined(first.credentialId)).toBeVisible();
  await expect(secondTab.quarantined(second.credentialId)).toBeVisible();

  for (const [tab, target] of [
    [firstTab, first],
    [secondTab, second],
  ] as const) {
    await tab.page.reload();
    await expect(tab.quarantinePanel).toContainText(`Before the quarantine: ${target.allowedIPs?.join(", ")}`);
    await tab.restorePreviousAllowedIps();
    await expect(tab.restored(target.credentialId)).toBeVisible();
  }
  const after = await truth(request, account.applicationKey);
  for (const target of [first, second]) {
    expect(after.credentials.find((c) => c.credentialId === target.credentialId)?.allowedIPs).toEqual(
      target.allowedIPs,
    );
  }
});
