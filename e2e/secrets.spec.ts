import { readFileSync } from "node:fs";
import { createAccount } from "./emulator";
import { expect, test } from "./fixtures";

// The application secret and consumer key live only in the encrypted cookie: no page, RSC payload,
// JSON answer or server log line may ever carry them.
test("the application secret and consumer key never reach the browser or the server log", async ({
  page,
  request,
  connectPage,
}) => {
  const account = await createAccount(request);
  const bodies: { url: string; body: string }[] = [];
  page.on("response", async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.text() });
    } catch {
      // Redirects and aborted prefetches have no body to read.
    }
  });
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  for (const path of ["/", "/credentials", "/applications", "/token-requests", "/connect"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await page.waitForTimeout(500);
  }
  const audit = await page.request.get("/api/credentials");
  bodies.push({ url: audit.url(), body: await audit.text() });
  expect(bodies.length).toBeGreaterThan(10);
  for (const secret of [account.applicationSecret, account.consumerKey]) {
    const leaks = bodies.filter(({ body }) => body.includes(secret)).map(({ url }) => url);
    expect(leaks).toEqual([]);
  }
  const cookie = (await page.context().cookies()).find((c) => c.name === "ovh-keys-session");
  expect(cookie?.value).not.toContain(account.consumerKey);
  const serverLog = readFileSync("test-results/server.log", "utf8");
  expect(serverLog).toContain("ovh GET /me");
  expect(serverLog).not.toContain(account.applicationSecret);
  expect(serverLog).not.toContain(account.consumerKey);
});
