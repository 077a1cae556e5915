import { expect, test } from "../fixtures";
import { groundTruth, credentialsSnapshot as snapshotOf } from "../support/emulator";
import { concrete, pages, routeHandlers, serverActions } from "../support/next-build";
import { signedCall } from "../support/ovh-signing";
import { callAction } from "../support/server-action-call";

// Cross-site request forgery: a page on another site can make the browser POST with the session
// cookie, but not lie about its Origin. Every mutation, server actions included, must refuse it.

const EVIL = "https://evil.example";

test("a forged Origin is refused by every server action and every mutating route handler; nothing changes", async ({
  page,
  account,
  request,
  baseURL,
  shell,
}) => {
  const truth = await groundTruth(request, account.applicationKey);
  const before = await snapshotOf(request, account.applicationKey);
  const ids = truth.credentials.map((c) => c.credentialId);

  const actions = serverActions();
  expect(actions.map((a) => a.name)).toContain("app/(dashboard)/_shell/actions.ts#disconnectAndExpireAction");
  for (const action of actions) {
    for (const origin of [EVIL, "null", `${baseURL}.evil.example`]) {
      const response = await callAction(
        page.request,
        baseURL as string,
        action,
        {
          kind: "form",
          root: '[{"status":"idle"},"$K1"]',
          fields: { ids: ids.join(","), id: String(ids[0]) },
        },
        { origin },
      );
      expect(response.status(), `${action.name} from ${origin}`).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden:origin");
    }
  }

  // No-JavaScript form posts (Next's $ACTION_ID_ fields) are refused the same way.
  for (const action of actions) {
    const response = await page.request.post(
      concrete(action.pagePattern, () => "1"),
      {
        headers: { Origin: EVIL },
        multipart: { [`$ACTION_ID_${action.id}`]: "", ids: ids.join(",") },
        maxRedirects: 0,
      },
    );
    expect(response.status(), `${action.name} without JavaScript`).toBe(403);
  }

  for (const handler of routeHandlers().filter((h) => !h.pattern.startsWith("/api/ovh-emulator"))) {
    const url = concrete(handler.pattern, () => String(ids[0]));
    const allow = (await page.request.fetch(url, { method: "OPTIONS" })).headers().allow ?? "";
    for (const method of ["POST", "PUT", "PATCH", "DELETE"].filter((m) => allow.includes(m))) {
      for (const headers of [{ Origin: EVIL }, {}] as Record<string, string>[]) {
        const response = await page.request.fetch(url, {
          method,
          headers: { "Content-Type": "application/json", ...headers },
          data: { ids },
        });
        expect(response.status(), `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  }

  expect(await snapshotOf(request, account.applicationKey)).toBe(before);
  // The session's credential was not expired by a forged "Disconnect and expire".
  expect((await signedCall(baseURL as string, account, "GET", "/me")).status).toBe(200);
  await page.goto("/credentials");
  await expect(shell.nichandle).toHaveText(account.nichandle);
});

test("the same requests from the dashboard's own origin do go through", async ({
  page,
  account,
  request,
  baseURL,
  shell,
}) => {
  const truth = await groundTruth(request, account.applicationKey);
  const own = await shell.sessionCredentialId();
  const victim = truth.credentials.find((c) => c.credentialId !== own && c.status === "expired");
  expect(victim).toBeTruthy();
  // The session's own credential rides along: the server leaves it out whatever the page sends.
  const response = await page.request.post("/api/revocation-jobs", {
    headers: { Origin: baseURL as string },
    data: { kind: "revoke-selected", ids: [victim?.credentialId, own] },
  });
  expect(response.status()).toBe(202);
  const { job } = (await response.json()) as { job: { id: string } };
  type Job = { status: string; items: unknown[]; excluded: unknown[] };
  const read = async () =>
    ((await (await page.request.get(`/api/revocation-jobs/job?id=${job.id}`)).json()) as { job: Job }).job;
  await expect.poll(async () => (await read()).status).toBe("done");
  const done = await read();
  expect(done.excluded).toEqual([{ id: own, reason: "own-credential" }]);
  expect(done.items).toEqual([expect.objectContaining({ id: victim?.credentialId, outcome: "revoked" })]);
  expect((await signedCall(baseURL as string, account, "GET", "/me")).status).toBe(200);
});

test("GET handlers and pages have no side effects at OVH", async ({ page, account, request, baseURL, emulator }) => {
  await emulator.resetStats(account.applicationKey);
  const before = await snapshotOf(request, account.applicationKey);
  const id = String((await groundTruth(request, account.applicationKey)).credentials[0]?.credentialId);
  const urls = [
    ...routeHandlers()
      .filter((h) => !h.pattern.startsWith("/api/ovh-emulator"))
      .map((h) => concrete(h.pattern, () => id)),
    ...pages().map((p) => concrete(p.pattern, () => id)),
  ];
  for (const url of urls) {
    for (const query of ["", "?fresh=1"]) {
      const response = await page.request.get(`${url}${query}`, { headers: { Origin: baseURL as string } });
      expect(response.status(), url).toBeLessThan(500);
    }
  }
  const { stats } = await groundTruth(request, account.applicationKey);
  const routes = Object.keys(stats.byRoute as Record<string, number>);
  expect(routes.length).toBeGreaterThan(0);
  expect(routes.filter((route) => !route.startsWith("GET "))).toEqual([]);
  expect(await snapshotOf(request, account.applicationKey)).toBe(before);
});
