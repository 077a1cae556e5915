import assert from "node:assert/strict";
import { test } from "node:test";
import { checkReplyModel } from "./action-payload";
import { guardRequest, MAX_MUTATION_BODY_BYTES } from "./request-guard";

const HOST = "dash.example:3000";

function post(path: string, init: { origin?: string | null; headers?: Record<string, string>; body?: BodyInit } = {}) {
  const headers = new Headers({ host: HOST, ...init.headers });
  if (init.origin !== null) headers.set("origin", init.origin ?? `http://${HOST}`);
  return new Request(`http://${HOST}${path}`, { method: "POST", headers, body: init.body ?? "" });
}

const action = (body: BodyInit, contentType = "text/plain;charset=UTF-8", origin?: string | null) =>
  post("/credentials", { origin, body, headers: { "next-action": "7f00", "content-type": contentType } });

async function refusedWith(request: Request) {
  const response = await guardRequest(request);
  if (!response) return null;
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.ok(body.error.message.length > 10, "a readable message");
  return response.status;
}

test("reads pass untouched", async () => {
  for (const method of ["GET", "HEAD", "OPTIONS"]) {
    assert.equal(await guardRequest(new Request(`http://${HOST}/api/credentials`, { method })), null);
  }
});

test("a forged or missing Origin is refused on every mutation, actions and route handlers alike", async () => {
  for (const origin of ["https://evil.example", "http://dash.example:3001", "null", "not a url", null]) {
    assert.equal(await refusedWith(post("/api/revocation-jobs", { origin, body: "{}" })), 403, String(origin));
    assert.equal(await refusedWith(action("[]", undefined, origin)), 403, String(origin));
  }
  for (const method of ["PUT", "PATCH", "DELETE"]) {
    const request = new Request(`http://${HOST}/api/x`, {
      method,
      headers: { host: HOST, origin: "https://evil.example" },
    });
    assert.equal(await refusedWith(request), 403, method);
  }
});

test("the emulated OVH API is left to guard itself (SDKs send no Origin)", async () => {
  assert.equal(await guardRequest(post("/api/ovh-emulator/1.0/auth/credential", { origin: null, body: "{}" })), null);
});

test("bodies over 1 MB are refused, declared or not", async () => {
  const big = "x".repeat(MAX_MUTATION_BODY_BYTES + 1);
  assert.equal(await refusedWith(post("/api/revocation-jobs", { body: big })), 413);
  assert.equal(await refusedWith(action(JSON.stringify([big]))), 413);
  const declared = post("/api/revocation-jobs", { body: "{}", headers: { "content-length": "99999999" } });
  assert.equal(await refusedWith(declared), 413);
});

test("well-formed action calls pass", async () => {
  assert.equal(await refusedWith(action('[{"status":"idle"},"$K1"]')), null);
  assert.equal(
    await refusedWith(action('[{"ids":[1,2,3]},"$$escaped","$undefined","$D2026-01-01T00:00:00.000Z"]')),
    null,
  );
  const form = new FormData();
  form.set("0", '[{"status":"idle"},"$K1"]');
  form.set("_1_applicationKey", "abc");
  form.set("_1_endpoint", "ovh-eu");
  const multipart = new Request(`http://${HOST}/connect`, {
    method: "POST",
    headers: { host: HOST, origin: `http://${HOST}`, "next-action": "60ab" },
    body: form,
  });
  assert.equal(await refusedWith(multipart), null);
});

test("action calls React cannot decode into plain arguments are refused with 400", async () => {
  const hostile = [
    "{{{",
    '"x"',
    '{"a":1}',
    "42",
    '"$@1"',
    '["$@1"]',
    '["$h1"]',
    '["$1"]',
    '["$Q1"]',
    '["$T"]',
    '["$R1"]',
    '[{"nested":["$B1"]}]',
    `${"[".repeat(5000)}${"]".repeat(5000)}`,
    JSON.stringify([Array.from({ length: 30_000 }, (_, i) => i)]),
  ];
  for (const body of hostile) assert.equal(await refusedWith(action(body)), 400, body.slice(0, 40));
  assert.equal(await refusedWith(action("[]", "application/json")), 400);
  const form = new FormData();
  form.set("_1_x", "no root");
  const noRoot = new Request(`http://${HOST}/connect`, {
    method: "POST",
    headers: { host: HOST, origin: `http://${HOST}`, "next-action": "60ab" },
    body: form,
  });
  assert.equal(await refusedWith(noRoot), 400);
  const broken = action("--x\r\nbroken", "multipart/form-data; boundary=zzz");
  assert.equal(await refusedWith(broken), 400);
});

test("the payload check walks iteratively: deep nesting is refused, not a stack overflow", () => {
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  assert.equal(checkReplyModel(deep, { root: true })?.status, 400);
});

test("an address with broken percent-encoding is refused before Next fails to decode it", async () => {
  for (const path of ["/api/ovh-emulator/_emulator/accounts/%E0%A4%A", "/credentials/%", "/api/credentials/%ZZ"]) {
    const response = await guardRequest(new Request(`http://${HOST}${path}`));
    assert.equal(response?.status, 400, path);
  }
  assert.equal(await guardRequest(new Request(`http://${HOST}/credentials/%E2%80%AE`)), null);
});

test("prototype-polluting keys in an action payload are refused", async () => {
  assert.equal(await refusedWith(action('[{"__proto__":{"admin":true}}]')), 400);
  assert.equal(await refusedWith(action('[{"constructor":{"prototype":{}}}]')), 400);
});

test("methods outside the dashboard's list get a 405 with Allow and the security headers", async () => {
  for (const method of ["PROPFIND", "MKCOL", "LOCK", "PURGE"]) {
    const response = await guardRequest(new Request(`http://${HOST}/connect`, { method, headers: { host: HOST } }));
    assert.equal(response?.status, 405, method);
    assert.equal(response?.headers.get("allow"), "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
    assert.equal(response?.headers.get("x-frame-options"), "DENY");
    assert.match(response?.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
  }
});

test("a GET with a key-like query parameter is sent to the same path without the query, echoing nothing", async () => {
  const secret = "s3cr3t-value-0123456789";
  for (const query of [
    `applicationSecret=${secret}`,
    `reason=x&consumer_key=${secret}`,
    `OVH_APPLICATION_KEY=${secret}`,
  ]) {
    const response = await guardRequest(new Request(`http://${HOST}/connect?${query}`, { headers: { host: HOST } }));
    assert.equal(response?.status, 303, query);
    assert.equal(response?.headers.get("location"), `http://${HOST}/connect`);
    assert.equal(await response?.text(), "");
  }
  assert.equal(await guardRequest(new Request(`http://${HOST}/connect?reason=disconnected`)), null);
});

test("no-JavaScript action posts (multipart, urlencoded) are checked like fetch calls", async () => {
  const id = "6091337ab533326945407424b3209b86e1ce67e5a6";
  const form = (fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return post("/connect", { body });
  };
  const descriptor = JSON.stringify({ id, bound: "$@1" });
  assert.equal(await refusedWith(form({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor, "$ACTION_1:1": '"$@1"' })), 400);
  assert.equal(await refusedWith(form({ $ACTION_REF_1: "", "$ACTION_1:0": "{bad", "$ACTION_1:1": "[]" })), 400);
  assert.equal(await refusedWith(form({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor, "$ACTION_1:1": "[1]" })), null);
  const urlencoded = post("/connect", {
    body: new URLSearchParams({ [`$ACTION_ID_${id}`]: "" }),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  assert.equal(await refusedWith(urlencoded), 400);
});
