import { expect, test } from "../fixtures";
import { canWrite, recordDialogs, truth } from "../support/audit-truth";

const QUARANTINE = ["192.0.2.1/32", "2001:db8::1/128"];

test("revoking a credential that can write asks for its id, then it is gone at OVH", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  const before = await truth(request, account.applicationKey);
  const target = before.credentials.find((c) => c.credentialId !== own && c.status === "validated" && canWrite(c));
  if (!target) throw new Error("the seeded account has a credential that can write");
  await detail.goto(target.credentialId);
  await detail.openRevoke();
  const dialog = detail.revokeDialog(target.credentialId);
  await expect(dialog).toContainText("This cannot be undone");
  await expect(detail.revokeButton).toBeDisabled();
  await detail.typeCredentialId("123");
  await expect(detail.revokeButton).toBeDisabled();
  await detail.typeCredentialId(String(target.credentialId));
  await detail.revokeButton.click();
  await expect(shell.notice(`Credential #${target.credentialId} revoked.`)).toBeVisible();
  await expect(detail.page).toHaveURL(/\/credentials$/);
  const after = await truth(request, account.applicationKey);
  expect(after.credentials.some((c) => c.credentialId === target.credentialId)).toBe(false);
  expect(after.credentials).toHaveLength(before.credentials.length - 1);
});

test("the session's own credential cannot be revoked or quarantined from its page", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  await detail.goto(own);
  await expect(detail.text("Yes: the dashboard signs its calls with it")).toBeVisible();
  await detail.openRevoke();
  await expect(detail.revokeDialog()).toContainText("Disconnect and expire this credential");
  await expect(detail.revokeButton).toHaveCount(0);
  await detail.closeDialog();
  await expect(detail.quarantinePanel).toContainText("cannot be quarantined from here");
  await expect(detail.quarantineButton).toHaveCount(0);
  const after = await truth(request, account.applicationKey);
  expect(after.credentials.find((c) => c.credentialId === own)?.status).toBe("validated");
});

test("allowed IPs: each bad entry is named, a good list reaches OVH, No restriction lifts it", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs === null);
  if (!target) throw new Error("the seeded account has an unrestricted credential");
  const ipsAtOvh = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs;
  await detail.goto(target.credentialId);
  await detail.restrictToAddresses();
  await detail.addresses.fill("203.0.113.7\n300.1.2.3\n10.0.0.1/8");
  await detail.saveAllowedIps();
  await expect(detail.addresses).toHaveAttribute("aria-invalid", "true");
  await expect(detail.allowedIpsError(/"300\.1\.2\.3": Each number of an IPv4 address/)).toBeVisible();
  await expect(detail.allowedIpsError(/"10\.0\.0\.1\/8": .*did you mean 10\.0\.0\.0\/8/)).toBeVisible();
  expect(await ipsAtOvh()).toBeNull();

  await detail.addresses.fill("203.0.113.7, 2001:DB8::/32");
  await expect(detail.addresses).toHaveAttribute("aria-invalid", "false");
  await detail.saveAllowedIps();
  await expect(shell.notice(`Allowed IPs of #${target.credentialId} saved.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toEqual(["203.0.113.7/32", "2001:db8::/32"]);
  await expect(detail.details).toContainText("2001:db8::/32");

  await detail.allowAnyAddress();
  await detail.saveAllowedIps();
  await expect(shell.notice(`#${target.credentialId} can now be used from any address.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toBeNull();
});

test("a list that would lock the dashboard out of its own credential is refused", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  await detail.goto(own);
  await expect(detail.allowedIps).toContainText("the list must include 127.0.0.1");
  await detail.restrictToAddresses();
  await detail.addresses.fill("203.0.113.0/24");
  await detail.saveAllowedIps();
  await expect(detail.allowedIpsError(/leaves out 127\.0\.0\.1/)).toBeVisible();
  const ownIps = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === own)?.allowedIPs;
  expect(await ownIps()).toBeNull();

  // A list that keeps the dashboard's own address is accepted, and the dashboard keeps working.
  await detail.addresses.fill("203.0.113.0/24 127.0.0.0/8");
  await detail.saveAllowedIps();
  await expect(shell.notice(`Allowed IPs of #${own} saved.`)).toBeVisible();
  await expect.poll(ownIps).toEqual(["203.0.113.0/24", "127.0.0.0/8"]);
  await detail.page.reload();
  await expect(detail.details).toContainText("127.0.0.0/8");
});

test("quarantine cuts a credential off and Restore brings its list back, across a reload", async ({
  account,
  request,
  shell,
  credentialDetailPage: detail,
}) => {
  const own = await shell.sessionCredentialId();
  const { credentials } = await truth(request, account.applicationKey);
  const target = credentials.find((c) => c.credentialId !== own && c.status === "validated" && c.allowedIPs?.length);
  if (!target?.allowedIPs) throw new Error("the seeded account has an IP-restricted credential");
  const previous = target.allowedIPs;
  const ipsAtOvh = async () =>
    (await truth(request, account.applicationKey)).credentials.find((c) => c.credentialId === target.credentialId)
      ?.allowedIPs;

  await detail.goto(target.credentialId);
  await detail.quarantine();
  await expect(shell.notice(`Credential #${target.credentialId} quarantined.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toEqual(QUARANTINE);
  await expect(detail.quarantinePanel).toContainText(`Before the quarantine: ${previous.join(", ")}`);

  await detail.page.reload();
  await expect(detail.text("quarantined", { exact: true })).toBeVisible();
  await detail.restorePreviousAllowedIps();
  await expect(shell.notice(`Credential #${target.credentialId} restored.`)).toBeVisible();
  await expect.poll(ipsAtOvh).toEqual(previous);
  await expect(detail.quarantineButton).toBeVisible();
});

test("an unknown credential id gets a friendly not-found page", async ({ account, credentialDetailPage: detail }) => {
  void account;
  const response = await detail.goto(1);
  expect(response?.status()).toBe(404);
  await expect(detail.notFound).toBeVisible();
  await detail.backToAllCredentials();
  await expect(detail.page).toHaveURL(/\/credentials$/);
});

test("hostile application names render as inert text on a credential's page", async ({
  page,
  account,
  request,
  credentialDetailPage: detail,
}) => {
  const fired = recordDialogs(page);
  const { credentials, applications } = await truth(request, account.applicationKey);
  const hostile = applications.find((a) => a.name === "<script>alert(1)</script>");
  const target = credentials.find((c) => c.applicationId === hostile?.applicationId);
  if (!target) throw new Error("the seeded account has a credential of the hostile application");
  await detail.goto(target.credentialId);
  await expect(detail.applicationLink("<script>alert(1)</script>")).toBeVisible();
  await expect(detail.text("<img src=x onerror=alert(1)>")).toBeVisible();
  await detail.openRevoke();
  await expect(detail.revokeDialog()).toContainText("<script>alert(1)</script>");
  expect(fired).toEqual([]);
});
