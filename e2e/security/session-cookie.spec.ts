import { sealData } from "iron-session";
import { expect, test } from "../fixtures";
import { startExtraServer } from "../support/extra-server";
import { E2E_SESSION_SECRET } from "../support/server-env";

// The session cookie under attack and under rotation: an unreadable cookie is a clean disconnect with
// a message, never a 500; connecting re-issues it; SESSION_SECRET can rotate without logging anyone out.

const COOKIE = "ovh-keys-session";

async function sessionCookie(page: import("@playwright/test").Page) {
  return (await page.context().cookies()).find((c) => c.name === COOKIE);
}

test("a tampered, truncated, foreign or garbage cookie ends in a clean disconnect with a message", async ({
  page,
  account,
  connectPage,
}) => {
  const genuine = await sessionCookie(page);
  expect(genuine?.value).toMatch(/^Fe26\.2\*1\*/);
  const value = genuine?.value ?? "";
  const middle = Math.floor(value.length / 2);
  const variants: Record<string, string> = {
    tampered: `${value.slice(0, middle)}${value[middle] === "A" ? "B" : "A"}${value.slice(middle + 1)}`,
    truncated: value.slice(0, middle),
    foreign: await sealData(
      { endpoint: "emulator", applicationKey: account.applicationKey, consumerKey: "forged" },
      { password: "an-attacker-chosen-secret-0123456789abcdef", ttl: 3600 },
    ),
    garbage: "%E2%80%AE<script>alert(1)</script>",
  };
  for (const [kind, forged] of Object.entries(variants)) {
    await page.context().clearCookies();
    await page.context().addCookies([{ name: COOKIE, value: forged, domain: "127.0.0.1", path: "/" }]);
    const api = await page.request.get("/api/credentials");
    expect(api.status(), kind).toBe(401);
    expect((await api.json()).error.code, kind).toBe("unauthorized:session-unreadable");
    const statuses: number[] = [];
    page.on("response", (response) => statuses.push(response.status()));
    await page.goto("/credentials");
    await expect(page, kind).toHaveURL(/\/connect\?reason=session-unreadable$/);
    await expect(connectPage.message("Your session could not be read")).toBeVisible();
    // The page then drops the cookie it cannot use.
    await expect.poll(async () => (await sessionCookie(page))?.value ?? "", { message: kind }).toBe("");
    expect(
      statuses.filter((status) => status >= 500),
      kind,
    ).toEqual([]);
    page.removeAllListeners("response");
  }
});

test("the cookie is re-issued on every connect", async ({ page, account, emulator, connectPage, shell }) => {
  expect(account.applicationKey).toBeTruthy();
  const first = await sessionCookie(page);
  expect(first).toBeTruthy();
  const other = await emulator.createAccount();
  await connectPage.goto();
  await connectPage.connect(other);
  await connectPage.expectSignedIn();
  const second = await sessionCookie(page);
  expect(second?.value).not.toBe(first?.value);
  expect(second?.httpOnly).toBe(true);
  expect(second?.sameSite).toBe("Lax");
  await expect(shell.nichandle).toHaveText(other.nichandle);
});

test("SESSION_SECRET rotates without logging anyone out", async ({ page, account, baseURL, connectPage, shell }) => {
  test.setTimeout(120_000);
  const NEW = "rotated-session-secret-0123456789abcdefghijkl";
  const emulator = { OVH_EMULATOR: "on", OVH_EMULATOR_URL: `${baseURL}/api/ovh-emulator/1.0` };
  const oldCookie = (await sessionCookie(page))?.value ?? "";
  expect(oldCookie.split("*")[1], "sealed with the only secret").toBe("1");

  // Step 1: the new secret is listed first; cookies sealed with the old one still open.
  const during = await startExtraServer({ ...emulator, SESSION_SECRET: `${NEW},${E2E_SESSION_SECRET}` });
  let newCookie = "";
  try {
    await page.goto(`${during.url}/credentials`);
    await expect(shell.nichandle).toHaveText(account.nichandle);
    // New cookies are sealed with the new secret.
    await page.goto(`${during.url}/connect`);
    await connectPage.connect(account);
    await connectPage.expectSignedIn();
    newCookie = (await sessionCookie(page))?.value ?? "";
    expect(newCookie.split("*")[1], "sealed with the newest secret").toBe("2");
  } finally {
    await during.stop();
  }

  // Step 2: the old secret is dropped; cookies sealed with the new one still open (its id shifted to 1).
  const after = await startExtraServer({ ...emulator, SESSION_SECRET: NEW });
  try {
    await page.goto(`${after.url}/credentials`);
    await expect(shell.nichandle).toHaveText(account.nichandle);
    // A cookie of the retired secret now ends cleanly.
    await page.context().addCookies([{ name: COOKIE, value: oldCookie, domain: "127.0.0.1", path: "/" }]);
    await page.goto(`${after.url}/credentials`);
    await expect(page).toHaveURL(/reason=session-unreadable/);
  } finally {
    await after.stop();
  }

  // And a server that never had the new secret treats the new cookie as unreadable, not as an error.
  await page.context().addCookies([{ name: COOKIE, value: newCookie, domain: "127.0.0.1", path: "/" }]);
  await page.goto("/credentials");
  await expect(page).toHaveURL(/reason=session-unreadable/);
});
