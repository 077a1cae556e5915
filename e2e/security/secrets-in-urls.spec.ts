import type { Page, Request } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { ConnectPage } from "../pages/connect-page";
import type { EmulatorAccount } from "../support/emulator";

// Issue 11, item 1: before the page has hydrated (JavaScript off, a script that fails to load), the
// connect form must never become a GET carrying the keys, and no page may echo a key-like query
// parameter into its HTML or RSC payload. The connect form is the only form with a secret (grep
// the app for applicationSecret / consumerKey / type="password").

/**
 * The bodies of the answers the page received. recordServerAnswers (server-answers.ts) cannot be used
 * here: it replays requests with route.fetch, which drops the Origin header of a native form post, so
 * the proxy would refuse the very post under test. Documents and RSC answers are read in full here.
 */
function recordAnswers(page: Page): () => Promise<{ url: string; body: string }[]> {
  const pending: Promise<{ url: string; body: string } | null>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/_next/static/")) return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), body: body.toString("utf8") }))
        .catch(() => null),
    );
  });
  return async () => (await Promise.all(pending)).filter((answer) => answer !== null);
}

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

async function fillAndPressEnter(connectPage: ConnectPage, account: EmulatorAccount) {
  await connectPage.typeKeysAndPressEnter(account);
  await connectPage.page.waitForLoadState("domcontentloaded");
}

function expectNoSecretAnywhere(
  page: Page,
  account: EmulatorAccount,
  requests: Request[],
  answers: { url: string; body: string }[],
) {
  const secrets = [account.applicationSecret, account.consumerKey];
  for (const secret of secrets) {
    expect(page.url()).not.toContain(secret);
    for (const request of requests) expect(request.url(), request.url()).not.toContain(secret);
    for (const answer of answers) expect(answer.body, `answer of ${answer.url}`).not.toContain(secret);
  }
  expect(new URL(page.url()).search).not.toMatch(/secret|consumer|applicationkey/i);
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("pressing Enter on /connect sends nothing: no key in a URL, the history or any answer", async ({
    page,
    emulator,
    connectPage,
  }) => {
    const account = await emulator.createAccount();
    const requests = recordRequests(page);
    const answers = recordAnswers(page);
    await connectPage.goto();
    // (The <noscript> notice cannot be asserted here: Playwright disables scripts after the parser
    // has decided to treat <noscript> as raw text.)
    await expect(connectPage.connectButton).toBeDisabled();
    await fillAndPressEnter(connectPage, account);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe("/connect");
    expect(requests.filter((r) => r.isNavigationRequest()).map((r) => r.method())).toEqual(["GET"]);
    expectNoSecretAnywhere(page, account, requests, await answers());
  });
});

test("pressing Enter before the scripts have loaded sends nothing; once hydrated, Connect works", async ({
  page,
  emulator,
  connectPage,
}) => {
  const account = await emulator.createAccount();
  let release: () => void = () => {};
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Only the scripts: held stylesheets would keep the form from rendering at all.
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
    await scriptsHeld;
    await route.continue().catch(() => {});
  });
  const requests = recordRequests(page);
  const answers = recordAnswers(page);
  await page.goto("/connect", { waitUntil: "commit" });
  await expect(connectPage.field("Consumer key")).toBeVisible();
  await fillAndPressEnter(connectPage, account);
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe("/connect");
  release();
  await connectPage.submit();
  await connectPage.expectSignedIn();
  expectNoSecretAnywhere(page, account, requests, await answers());
});

test("the form's no-JavaScript post goes through the action's zod parse and echoes no key", async ({
  request,
  emulator,
  baseURL,
}) => {
  const account = await emulator.createAccount();
  const html = await (await request.get("/connect")).text();
  const hidden = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [
      m[1] as string,
      (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
    ]),
  );
  expect(Object.keys(hidden)).toContain("$ACTION_KEY");
  const fields = {
    ...hidden,
    endpoint: "emulator",
    applicationKey: "",
    applicationSecret: account.applicationSecret,
    consumerKey: account.consumerKey,
  };
  // What a browser sends under Referrer-Policy: no-referrer: refused before the action.
  const asBrowser = await request.post("/connect", { headers: { Origin: "null" }, multipart: fields, maxRedirects: 0 });
  expect(asBrowser.status()).toBe(403);
  // With this site's Origin, the action runs its zod parse and answers the page with the field errors.
  const sameOrigin = await request.post("/connect", {
    headers: { Origin: baseURL as string },
    multipart: fields,
    maxRedirects: 0,
  });
  const body = await sameOrigin.text();
  expect(sameOrigin.status()).toBe(200);
  expect(body).toContain("Application key is required.");
  expect(body).not.toContain(account.applicationSecret);
  expect(body).not.toContain(account.consumerKey);
});

test("a GET whose query carries a key-like parameter is sent to the same path without its query", async ({
  request,
}) => {
  const secret = "s3cr3tValueThatMustNotEcho0000000";
  for (const [path, name] of [
    ["/connect", "applicationSecret"],
    ["/connect", "consumerKey"],
    ["/connect", "application_secret"],
    ["/connect", "OVH_CONSUMER_KEY"],
    ["/connect", "ovh-application-key"],
    ["/credentials", "consumer_key"],
    ["/api/credentials", "appSecret"],
  ] as const) {
    const response = await request.get(`${path}?reason=disconnected&${name}=${secret}`, { maxRedirects: 0 });
    expect(response.status(), `${path} ${name}`).toBe(303);
    expect(response.headers().location, `${path} ${name}`).toBe(path);
    expect(await response.text()).not.toContain(secret);
  }
  // A plain query is left alone.
  expect((await request.get("/connect?reason=disconnected", { maxRedirects: 0 })).status()).toBe(200);
});

// Issue 11, item 3: a link must not sign the admin out; only the server knowing the session is dead may.
for (const reason of ["credential-invalid", "session-unreadable"]) {
  test(`visiting /connect?reason=${reason} with a live session keeps the session`, async ({
    page,
    account,
    shell,
    overviewPage,
  }) => {
    expect(account.applicationKey).toBeTruthy();
    const before = (await page.context().cookies()).find((cookie) => cookie.name === "ovh-keys-session");
    expect(before).toBeTruthy();
    const credential = await shell.sessionCredential.textContent();
    // The link any site could send: it lands on /connect and runs whatever the page runs there.
    await page.goto(`/connect?reason=${reason}`);
    await page.waitForLoadState("networkidle");
    await overviewPage.goto();
    await shell.expectSignedIn();
    await expect(shell.sessionCredential).toHaveText(credential ?? "");
  });
}
