import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { ConnectPage } from "../pages/connect-page";
import { TokenRequestForm } from "../pages/token-request-form";
import { sessionCredentialId, truth } from "../support/audit-truth";

// Issue 11, items 2 and 6: the session cookie never silently overflows, restore data survives the
// session, and two tabs writing the session at once both keep what they wrote.

const QUARANTINE = ["192.0.2.1/32", "2001:db8::1/128"];

async function quarantine(page: Page, id: number) {
  await page.goto(`/credentials/${id}`);
  const panel = page.getByRole("region", { name: "Quarantine" });
  await panel.getByRole("button", { name: "Quarantine" }).click();
  return panel;
}

test("12 quarantines then 4 token requests: nothing is lost, nothing is orphaned at OVH", async ({
  page,
  account,
  request,
}) => {
  test.slow();
  const own = await sessionCredentialId(page);
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
    const panel = await quarantine(page, target.credentialId);
    const done = page.getByText(`Credential #${target.credentialId} quarantined.`);
    const refused = panel.getByText("Nothing was changed.");
    await expect(done.or(refused)).toBeVisible();
    if (await done.isVisible()) {
      quarantined.push(target);
      await expect.poll(() => atOvh(target.credentialId)).toEqual(QUARANTINE);
    } else {
      // Refused before OVH was called: the credential is untouched.
      expect(await atOvh(target.credentialId)).toEqual(target.allowedIPs);
    }
  }
  expect(quarantined.length).toBeGreaterThanOrEqual(10);

  const form = new TokenRequestForm(page);
  for (let i = 0; i < 4; i++) {
    const count = (await truth(request, account.applicationKey)).credentials.length;
    await form.goto();
    await form.applyTemplate("Billing read-only");
    await page.getByRole("button", { name: "Create token request" }).click();
    const key = page.getByTestId("consumer-key");
    const refused = page.getByText("Nothing was requested from OVH.");
    await expect(key.or(refused)).toBeVisible();
    const after = (await truth(request, account.applicationKey)).credentials.length;
    if (await key.isVisible()) {
      expect(await key.textContent()).toMatch(/^[0-9a-f]{32}$/);
      expect(after).toBe(count + 1);
    } else {
      expect(after, "a refused request never reached OVH").toBe(count);
    }
  }

  // Still signed in, and every quarantine still restorable from the session.
  for (const target of quarantined) {
    await page.goto(`/credentials/${target.credentialId}`);
    const panel = page.getByRole("region", { name: "Quarantine" });
    await panel.getByRole("button", { name: "Restore previous allowed IPs" }).click();
    await expect(page.getByText(`Credential #${target.credentialId} restored.`)).toBeVisible();
    await expect.poll(() => atOvh(target.credentialId)).toEqual(target.allowedIPs);
  }
});

test("a quarantine's previous list is downloaded, and Restore reads it back after a sign-out", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length);
  const other = credentials.find(
    (c) => c.credentialId !== own && c.credentialId !== target?.credentialId && c.status === "validated",
  );
  if (!target?.allowedIPs || !other) throw new Error("the seeded account has IP-restricted credentials");
  const atOvh = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs;

  const panel = await quarantine(page, target.credentialId);
  await expect(page.getByText(`Credential #${target.credentialId} quarantined.`)).toBeVisible();
  const downloading = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Download previous allowed IPs" }).click();
  const download = await downloading;
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
  await page.getByText("Disconnect", { exact: true }).first().click();
  await page.getByRole("button", { name: "Disconnect", exact: true }).click();
  await expect(page).toHaveURL(/\/connect/);
  const connect = new ConnectPage(page);
  await connect.connect(account);
  await connect.expectSignedIn();
  await page.goto(`/credentials/${target.credentialId}`);
  await expect(panel.getByRole("button", { name: "Restore previous allowed IPs" })).toHaveCount(0);

  // Another credential's file is refused, and OVH is untouched.
  const input = panel.getByLabel("Restore from a downloaded list");
  await input.setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...file, credentialId: other.credentialId })),
  });
  await expect(panel).toContainText(`not #${target.credentialId}`);
  expect(await atOvh()).toEqual(QUARANTINE);

  await input.setInputFiles(path);
  await expect(page.getByText(`Credential #${target.credentialId} restored.`)).toBeVisible();
  await expect.poll(atOvh).toEqual(target.allowedIPs);
});

test("two tabs quarantining two credentials at the same moment both keep their restore data", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const { credentials } = await truth(request, account.applicationKey);
  const [first, second] = credentials.filter(
    (c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length,
  );
  if (!first || !second) throw new Error("the seeded account has two IP-restricted credentials");
  const other = await page.context().newPage();
  await page.goto(`/credentials/${first.credentialId}`);
  await other.goto(`/credentials/${second.credentialId}`);
  const buttons = [page, other].map((tab) =>
    tab.getByRole("region", { name: "Quarantine" }).getByRole("button", { name: "Quarantine" }),
  );
  await Promise.all(buttons.map((button) => button.click()));
  await expect(page.getByText(`Credential #${first.credentialId} quarantined.`)).toBeVisible();
  await expect(other.getByText(`Credential #${second.credentialId} quarantined.`)).toBeVisible();

  for (const [tab, target] of [
    [page, first],
    [other, second],
  ] as const) {
    await tab.reload();
    const panel = tab.getByRole("region", { name: "Quarantine" });
    await expect(panel).toContainText(`Before the quarantine: ${target.allowedIPs?.join(", ")}`);
    await panel.getByRole("button", { name: "Restore previous allowed IPs" }).click();
    await expect(tab.getByText(`Credential #${target.credentialId} restored.`)).toBeVisible();
  }
  const after = await truth(request, account.applicationKey);
  for (const target of [first, second]) {
    expect(after.credentials.find((c) => c.credentialId === target.credentialId)?.allowedIPs).toEqual(
      target.allowedIPs,
    );
  }
});
