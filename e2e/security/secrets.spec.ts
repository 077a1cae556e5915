import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import { recordServerAnswers } from "../support/server-answers";

// The application secret and consumer key live only in the encrypted cookie: no page, RSC payload,
// JSON answer or server log line may ever carry them.
test("the application secret and consumer key never reach the browser or the server log", async ({
  page,
  emulator,
  connectPage,
  shell,
  credentialsPage,
}) => {
  const account = await emulator.createAccount();
  const answers = await recordServerAnswers(page);
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await connectPage.goto();
  await connectPage.connect(account);
  await connectPage.expectSignedIn();
  for (const path of ["/", "/credentials", "/applications", "/token-requests", "/connect"]) {
    await page.goto(path);
    await expect(shell.heading()).toBeVisible();
    await page.waitForTimeout(500);
  }
  // Answers fetched outside the page (the API context, downloads) are added to the page's own.
  const bodies: { url: string; body: string }[] = [];
  const audit = await page.request.get("/api/credentials");
  bodies.push({ url: audit.url(), body: await audit.text() });
  // Exports, and the answers a failing call gets (a bad request, and OVH refusing the session's key).
  await credentialsPage.goto();
  for (const format of ["CSV", "JSON"] as const) {
    bodies.push({ url: `export.${format}`, body: await credentialsPage.export(format) });
  }
  const bad = await page.request.get("/api/credentials?fresh=maybe");
  bodies.push({ url: bad.url(), body: await bad.text() });
  const revoke = await page.request.post("/api/revocation-jobs", {
    headers: { Origin: new URL(page.url()).origin },
    data: { kind: "revoke-selected", ids: [1, "x"] },
  });
  bodies.push({ url: revoke.url(), body: await revoke.text() });
  expect(answers.length).toBeGreaterThan(10);
  bodies.push(...answers);
  for (const secret of [account.applicationSecret, account.consumerKey]) {
    const leaks = bodies.filter(({ body }) => body.includes(secret)).map(({ url }) => url);
    expect(leaks).toEqual([]);
    expect(urls.filter((url) => url.includes(secret))).toEqual([]);
  }
  const cookie = (await page.context().cookies()).find((c) => c.name === "ovh-keys-session");
  expect(cookie?.value).not.toContain(account.consumerKey);
  const serverLog = readFileSync("test-results/server.log", "utf8");
  expect(serverLog).toContain("ovh GET /me");
  expect(serverLog).not.toContain(account.applicationSecret);
  expect(serverLog).not.toContain(account.consumerKey);
  // Each OVH call is one line: method, route template (no ids), status, duration, query id.
  const calls = serverLog.split("\n").filter((line) => line.startsWith("ovh "));
  expect(calls.length).toBeGreaterThan(5);
  for (const line of calls) {
    expect(line).toMatch(
      /^ovh (GET|POST|PUT|DELETE) \/[\w/{}.-]* (\d{3}|network|timeout) \d+ms( qid=\S+)?( attempt=\d+)?$/,
    );
  }
  expect(calls.filter((line) => / 2\d\d /.test(line) && !line.includes(" qid="))).toEqual([]);
});
