import { type APIResponse, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "../fixtures";
import { credentialsSnapshot as snapshotOf } from "../support/emulator";
import {
  formFieldNames,
  hostileQueries,
  hostileRawBodies,
  hostileSegments,
  hostileTexts,
  hostileValues,
} from "../support/hostile-inputs";
import { concrete, routeHandlers, serverActions } from "../support/next-build";
import { type ActionArgs, callAction, isReadableRefusal } from "../support/server-action-call";

// At least 50 malformed inputs to every route handler and server action of the build: each gets a 4xx
// (or an error state) with a readable message, none a 500, and the account at OVH is left untouched.

test.describe.configure({ timeout: 300_000 });

const isEmulator = (pattern: string) => pattern.startsWith("/api/ovh-emulator");

type Attempt = { label: string; send: () => Promise<APIResponse>; longUrl?: boolean };

async function methodsOf(request: { fetch: (url: string, o: object) => Promise<APIResponse> }, url: string) {
  const response = await request.fetch(url, { method: "OPTIONS" });
  return (response.headers().allow ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter((m) => m && !["OPTIONS", "HEAD"].includes(m));
}

test("every route handler answers hostile input with a readable 4xx and changes nothing", async ({
  page,
  account,
  request,
  baseURL,
}) => {
  const before = await snapshotOf(request, account.applicationKey);
  const handlers = routeHandlers().filter((handler) => !isEmulator(handler.pattern));
  expect(handlers.map((h) => h.pattern)).toContain("/api/revocation-jobs");
  const origin = baseURL as string;
  const failures: string[] = [];

  for (const handler of handlers) {
    const attempts: Attempt[] = [];
    // A dynamic segment always gets a hostile value, so the request is invalid whatever the query.
    const urls = handler.params.length
      ? hostileSegments.map((segment) => concrete(handler.pattern, () => segment))
      : [handler.pattern];
    const methods = await methodsOf(
      page.request,
      concrete(handler.pattern, () => "1"),
    );
    expect(methods.length, handler.pattern).toBeGreaterThan(0);
    for (const method of methods) {
      if (method === "GET") {
        const queries = [
          ...hostileQueries,
          ...hostileValues.map((v) => `fresh=${encodeURIComponent(JSON.stringify(v))}`),
        ];
        queries.forEach((query, i) => {
          const url = `${urls[i % urls.length]}?${query}`;
          attempts.push({
            label: `GET ${url.slice(0, 80)}`,
            send: () => page.request.get(url, { maxRedirects: 0 }),
            longUrl: url.length > 16_000,
          });
        });
      } else {
        const bodies = [
          ...hostileValues.map((v) => ({ body: JSON.stringify(v), contentType: "application/json" })),
          ...hostileRawBodies,
        ];
        bodies.forEach(({ body, contentType }, i) => {
          const url = urls[i % urls.length] as string;
          attempts.push({
            label: `${method} ${url.slice(0, 60)} ${String(body).slice(0, 40)}`,
            send: () =>
              page.request.fetch(url, {
                method,
                headers: { Origin: origin, "Content-Type": contentType },
                data: body,
                maxRedirects: 0,
              }),
          });
        });
      }
    }
    expect(attempts.length, handler.pattern).toBeGreaterThanOrEqual(50);
    for (const attempt of attempts) {
      const response = await attempt.send();
      const text = await response.text();
      const status = response.status();
      const readable = /"message":"[^"]{8,}/.test(text);
      // Node itself refuses a request line over 16 KB (431, its reason phrase only) before the app sees it.
      const refusedByNode = status === 431 && attempt.longUrl === true;
      if (status < 400 || status >= 500 || !(readable || refusedByNode)) {
        failures.push(`${status} ${attempt.label} → ${text.slice(0, 120)}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(await snapshotOf(request, account.applicationKey)).toBe(before);
});

function actionInputs(): ActionArgs[] {
  const idle = JSON.stringify({ status: "idle" });
  const json = hostileValues.flatMap((value): ActionArgs[] => [
    { kind: "json", text: JSON.stringify([value]) },
    { kind: "json", text: JSON.stringify([{ status: "idle" }, value]) },
  ]);
  const forms = hostileTexts.map(
    (text): ActionArgs => ({
      kind: "form",
      root: `[${idle},"$K1"]`,
      fields: Object.fromEntries(formFieldNames.map((name) => [name, text])),
    }),
  );
  const formFirst = hostileTexts.map(
    (text): ActionArgs => ({ kind: "form", root: '["$K1"]', fields: { id: text, ids: text, path: text } }),
  );
  const raw: ActionArgs[] = ["", "[", "{}", '"$@1"', '["$h1"]', '["$1:a"]', "[1,2,3,4,5,6,7,8]"].map((text) => ({
    kind: "json",
    text,
  }));
  return [...json, ...forms, ...formFirst, ...raw];
}

test("every server action answers hostile arguments without a 500 and changes nothing", async ({
  page,
  account,
  request,
  baseURL,
  shell,
}) => {
  const before = await snapshotOf(request, account.applicationKey);
  const actions = serverActions();
  expect(actions.map((a) => a.name)).toContain("app/connect/actions.ts#connectAction");
  const inputs = actionInputs();
  expect(inputs.length).toBeGreaterThanOrEqual(50);
  const failures: string[] = [];
  // Actions that read no argument (disconnect, demo) run signed out: their effect is the same whatever
  // is sent, and it must not end the session this test uses.
  const signedOut = await playwrightRequest.newContext({ baseURL });
  try {
    for (const action of actions) {
      const client = action.takesInput ? page.request : signedOut;
      for (const input of inputs) {
        const response = await callAction(client, baseURL as string, action, input);
        const status = response.status();
        const text = await response.text();
        const ok = status < 500 && (!action.takesInput || isReadableRefusal(status, response.headers(), text));
        if (!ok) {
          const sent = input.kind === "json" ? input.text : JSON.stringify(input.fields);
          failures.push(`${action.name} ${status} ${sent.slice(0, 60)} → ${text.slice(0, 160)}`);
        }
      }
    }
  } finally {
    await signedOut.dispose();
  }
  expect(failures).toEqual([]);
  expect(await snapshotOf(request, account.applicationKey)).toBe(before);
  await page.goto("/credentials");
  await shell.expectSignedIn();
});

test("the emulator's routes never answer 500 to hostile input (a test tool, but it must not crash)", async ({
  request,
}) => {
  const failures: string[] = [];
  const targets = [
    "/api/ovh-emulator/_emulator/accounts",
    "/api/ovh-emulator/_emulator/accounts/nope",
    "/api/ovh-emulator/_emulator/accounts/%00/reset-stats",
    "/api/ovh-emulator/_emulator/accounts/%E0%A4%A",
    "/api/ovh-emulator/1.0/me/api/credential/1",
    "/api/ovh-emulator/1.0/auth/credential",
    "/api/ovh-emulator/auth/?credentialToken=%00",
  ];
  const bodies = [...hostileValues.slice(0, 40).map((v) => JSON.stringify(v)), ...hostileRawBodies.map((b) => b.body)];
  for (const target of targets) {
    for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
      for (const body of method === "GET" ? [undefined] : bodies.slice(0, 12)) {
        const response = await request.fetch(target, {
          method,
          data: body,
          headers: { "Content-Type": "application/json" },
        });
        if (response.status() >= 500)
          failures.push(`${method} ${target} ${String(body).slice(0, 40)} → ${response.status()}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
