import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { signRequest } from "@/lib/ovh/signature";
import { demoAccountKeys } from "./fixtures";
import { type EmulatorServer, startEmulatorServer } from "./http-server";
import { getSharedEmulator, SHARED_BASE_PATH } from "./shared";

let server: EmulatorServer;

before(async () => {
  server = await startEmulatorServer({ port: 0, credentials: 60 });
});

after(async () => {
  await server.close();
});

async function signedGet(path: string, keys = demoAccountKeys, headers: Record<string, string> = {}) {
  const url = `${server.url}/1.0${path}`;
  const timestamp = Number(await (await fetch(`${server.url}/1.0/auth/time`)).text());
  const signature = signRequest({
    appSecret: keys.applicationSecret,
    consumerKey: keys.consumerKey,
    method: "GET",
    url,
    body: "",
    timestamp,
  });
  return fetch(url, {
    headers: {
      "X-Ovh-Application": keys.applicationKey,
      "X-Ovh-Consumer": keys.consumerKey,
      "X-Ovh-Timestamp": String(timestamp),
      "X-Ovh-Signature": signature,
      ...headers,
    },
  });
}

test("the standalone server answers signed calls over real HTTP", async () => {
  const response = await signedGet("/me/api/credential");
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as number[]).length, 60);
  assert.ok(response.headers.get("x-ovh-queryid"));
  assert.equal(response.headers.get("content-type"), "application/json; charset=utf-8");
});

test("the server verifies the signature over the raw target and the Host with its port", async () => {
  const ids = [...server.emulator.store.demoAccount().credentials.keys()].slice(0, 2);
  const response = await signedGet(`/me/api/credential/${ids.join("%2C")}`, demoAccountKeys, { "X-Ovh-Batch": "," });
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as unknown[]).length, 2);
});

test("the client IP comes from the socket", async () => {
  const demo = server.emulator.store.demoAccount();
  const dashboard = server.emulator.store.findCredential(demoAccountKeys.consumerKey)?.credential;
  assert.ok(dashboard);
  dashboard.allowedIPs = ["192.0.2.0/24"];
  try {
    assert.equal((await signedGet("/me")).status, 403);
    dashboard.allowedIPs = ["127.0.0.0/8", "::1"];
    assert.equal((await signedGet("/me")).status, 200);
  } finally {
    dashboard.allowedIPs = null;
  }
  assert.ok(demo.stats.requests > 0);
});

test("a dropped connection destroys the socket", async () => {
  const demo = server.emulator.store.demoAccount();
  server.emulator.store.patchKnobs(demo, { dropConnections: 1 });
  try {
    await assert.rejects(signedGet("/me"), TypeError);
  } finally {
    server.emulator.store.patchKnobs(demo, { dropConnections: 0 });
  }
  assert.equal((await signedGet("/me")).status, 200);
});

test("POST bodies reach the handler intact", async () => {
  const response = await fetch(`${server.url}/1.0/auth/credential`, {
    method: "POST",
    headers: { "X-Ovh-Application": demoAccountKeys.applicationKey, "Content-Type": "application/json" },
    body: JSON.stringify({ accessRules: [{ method: "GET", path: "/me" }], redirection: "https://é.example/" }),
  });
  const { validationUrl } = (await response.json()) as { validationUrl: string };
  assert.ok(validationUrl.startsWith(`${server.url}/auth/?credentialToken=`));
  const page = await fetch(validationUrl);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Authorize an application/);
});

test("getSharedEmulator keeps one emulator on globalThis", () => {
  const first = getSharedEmulator();
  assert.equal(getSharedEmulator(), first);
  assert.equal(first.basePath, SHARED_BASE_PATH);
  assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for("ovh-keys.ovh-emulator")], first);
});
