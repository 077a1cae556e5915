import { expect, test } from "../fixtures";
import { canWrite, recordDialogs, sessionCredentialId, truth } from "../support/audit-truth";

const QUARANTINE = ["192.0.2.1/32", "2001:db8::1/128"];

test("revoking a credential that can write asks for its id, then it is gone at OVH", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const before = await truth(request, account.applicationKey);
  const target = before.credentials.find((c) => c.credentialId !== own && c.status === "validated" && canWrite(c));
  if (!target) throw new Error("the seeded account has a credential that can write");
  await page.goto(`/credentials/${target.credentialId}`);
  await page.getByRole("button", { name: "Revoke…" }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke credential #${target.credentialId}` });
  await expect(dialog).toContainText("This cannot be undone");
  const confirm = dialog.getByRole("button", { name: "Revoke credential" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the credential id/).fill("123");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the credential id/).fill(String(target.credentialId));
  await confirm.click();
  await expect(page.getByText(`Credential #${target.credentialId} revoked.`)).toBeVisible();
  await expect(page).toHaveURL(/\/credentials$/);
  const after = await truth(request, account.applicationKey);
  expect(after.credentials.some((c) => c.credentialId === target.credentialId)).toBe(false);
  expect(after.credentials).toHaveLength(before.credentials.length - 1);
});

test("the session's own credential cannot be revoked or quarantined from its page", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  await page.goto(`/credentials/${own}`);
  await expect(page.getByText("Yes: the dashboard signs its calls with it")).toBeVisible();
  await page.getByRole("button", { name: "Revoke…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Disconnect and expire this credential");
  await expect(dialog.getByRole("button", { name: "Revoke credential" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();
  const quarantine = page.getByRole("region", { name: "Quarantine" });
  await expect(quarantine).toContainText("cannot be quarantined from here");
  await expect(quarantine.getByRole("button", { name: "Quarantine" })).toHaveCount(0);
  const after = await truth(request, account.applicationKey);
  expect(after.credentials.find((c) => c.credentialId === own)?.status).toBe("validated");
});

test("allowed IPs: each bad entry is named, a good list reaches OVH, No restriction lifts it", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs === null);
  if (!target) throw new Error("the seeded account has an unrestricted credential");
  await page.goto(`/credentials/${target.credentialId}`);
  const form = page.getByRole("region", { name: "Edit allowed IPs" });
  await form.getByLabel("Only from the addresses below").check();
  const box = form.getByRole("textbox", { name: "Addresses and ranges" });
  await box.fill("203.0.113.7\n300.1.2.3\n10.0.0.1/8");
  await form.getByRole("button", { name: "Save allowed IPs" }).click();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/"300\.1\.2\.3": Each number of an IPv4 address/)).toBeVisible();
  await expect(form.getByText(/"10\.0\.0\.1\/8": .*did you mean 10\.0\.0\.0\/8/)).toBeVisible();
  expect(
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs,
  ).toBeNull();

  await box.fill("203.0.113.7, 2001:DB8::/32");
  await expect(box).toHaveAttribute("aria-invalid", "false");
  await form.getByRole("button", { name: "Save allowed IPs" }).click();
  await expect(page.getByText(`Allowed IPs of #${target.credentialId} saved.`)).toBeVisible();
  await expect
    .poll(
      async () =>
        (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
          ?.allowedIPs,
    )
    .toEqual(["203.0.113.7/32", "2001:db8::/32"]);
  await expect(page.getByRole("region", { name: "Details" })).toContainText("2001:db8::/32");

  await form.getByLabel("No restriction (any address)").check();
  await form.getByRole("button", { name: "Save allowed IPs" }).click();
  await expect(page.getByText(`#${target.credentialId} can now be used from any address.`)).toBeVisible();
  await expect
    .poll(
      async () =>
        (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
          ?.allowedIPs,
    )
    .toBeNull();
});

test("a list that would lock the dashboard out of its own credential is refused", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  await page.goto(`/credentials/${own}`);
  const form = page.getByRole("region", { name: "Edit allowed IPs" });
  await expect(form).toContainText("the list must include 127.0.0.1");
  await form.getByLabel("Only from the addresses below").check();
  await form.getByRole("textbox", { name: "Addresses and ranges" }).fill("203.0.113.0/24");
  await form.getByRole("button", { name: "Save allowed IPs" }).click();
  await expect(form.getByText(/leaves out 127\.0\.0\.1/)).toBeVisible();
  const ownIps = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === own)?.allowedIPs;
  expect(await ownIps()).toBeNull();

  // A list that keeps the dashboard's own address is accepted, and the dashboard keeps working.
  await form.getByRole("textbox", { name: "Addresses and ranges" }).fill("203.0.113.0/24 127.0.0.0/8");
  await form.getByRole("button", { name: "Save allowed IPs" }).click();
  await expect(page.getByText(`Allowed IPs of #${own} saved.`)).toBeVisible();
  await expect.poll(ownIps).toEqual(["203.0.113.0/24", "127.0.0.0/8"]);
  await page.reload();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("127.0.0.0/8");
});

test("quarantine cuts a credential off and Restore brings its list back, across a reload", async ({
  page,
  account,
  request,
}) => {
  const own = await sessionCredentialId(page);
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length);
  if (!target?.allowedIPs) throw new Error("the seeded account has an IP-restricted credential");
  const previous = target.allowedIPs;
  const ipsAtOvh = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs;

  await page.goto(`/credentials/${target.credentialId}`);
  const panel = page.getByRole("region", { name: "Quarantine" });
  await panel.getByRole("button", { name: "Quarantine" }).click();
  await expect(page.getByText(`Credential #${target.credentialId} quarantined.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toEqual(QUARANTINE);
  await expect(panel).toContainText(`Before the quarantine: ${previous.join(", ")}`);

  await page.reload();
  await expect(page.getByText("quarantined", { exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Restore previous allowed IPs" }).click();
  await expect(page.getByText(`Credential #${target.credentialId} restored.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toEqual(previous);
  await expect(panel.getByRole("button", { name: "Quarantine" })).toBeVisible();
});

test("an unknown credential id gets a friendly not-found page", async ({ page, account }) => {
  void account;
  const response = await page.goto("/credentials/1");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Credential not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all credentials" }).click();
  await expect(page).toHaveURL(/\/credentials$/);
});

test("hostile application names render as inert text on a credential's page", async ({ page, account, request }) => {
  const fired = recordDialogs(page);
  const { credentials, applications } = await truth(request, account.applicationKey);
  const hostile = applications.find((a) => a.name === "<script>alert(1)</script>");
  const target = credentials.find((c) => c.applicationId === hostile?.applicationId);
  if (!target) throw new Error("the seeded account has a credential of the hostile application");
  await page.goto(`/credentials/${target.credentialId}`);
  await expect(page.getByRole("link", { name: "<script>alert(1)</script>" })).toBeVisible();
  await expect(page.getByText("<img src=x onerror=alert(1)>")).toBeVisible();
  await page.getByRole("button", { name: "Revoke…" }).click();
  await expect(page.getByRole("dialog")).toContainText("<script>alert(1)</script>");
  expect(fired).toEqual([]);
});
