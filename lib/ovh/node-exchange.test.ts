import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { z } from "zod";
import { createOvhClient } from "./client";
import { OvhApiError, OvhNetworkError } from "./errors";
import { nodeExchange } from "./node-exchange";
import { testKeys } from "./test-fetch";
import { clockKey } from "./time-drift";

// The default transport against a real local server: what OVH sends back, byte for byte.

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let handler: Handler = (_req, res) => res.end();
let server: Server;
let base = "";
const connections = { count: 0 };

before(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    handler(req, res, Buffer.concat(chunks).toString("utf8"));
  });
  server.on("connection", () => connections.count++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const call = (overrides: Partial<Parameters<typeof nodeExchange>[0]> = {}) =>
  nodeExchange({
    method: "GET",
    url: `${base}/1.0/me`,
    headers: {},
    body: "",
    timeoutMs: 2_000,
    route: "/me",
    ...overrides,
  });

test("status, headers and a UTF-8 body split across chunks come back whole; the body sent is the one given", async () => {
  let seen = { method: "", url: "", body: "", type: "", length: "" };
  handler = (req, res, body) => {
    seen = {
      method: req.method ?? "",
      url: req.url ?? "",
      body,
      type: req.headers["content-type"] ?? "",
      length: req.headers["content-length"] ?? "",
    };
    res.writeHead(201, "Created", { "X-Ovh-Queryid": "EU.ext-1.q", "Content-Type": "application/json" });
    const text = Buffer.from(JSON.stringify({ name: "déploiement 部署 🚀" }));
    res.write(text.subarray(0, 14)); // in the middle of "é"
    setTimeout(() => res.end(text.subarray(14)), 5);
  };
  const body = JSON.stringify({ allowedIPs: ["192.0.2.1"] });
  const answer = await call({
    method: "PUT",
    url: `${base}/1.0/me/api/credential/1?x=1`,
    body,
    headers: { "Content-Type": "application/json" },
  });
  assert.equal(answer.status, 201);
  assert.equal(answer.statusText, "Created");
  assert.equal(answer.headers.get("x-ovh-queryid"), "EU.ext-1.q");
  assert.deepEqual(JSON.parse(answer.text), { name: "déploiement 部署 🚀" });
  assert.deepEqual(seen, {
    method: "PUT",
    url: "/1.0/me/api/credential/1?x=1",
    body,
    type: "application/json",
    length: String(body.length),
  });
});

test("a redirect is returned, never followed", async () => {
  handler = (_req, res) => res.writeHead(302, { Location: "https://evil.example/" }).end();
  const answer = await call();
  assert.equal(answer.status, 302);
  assert.equal(answer.headers.get("location"), "https://evil.example/");
});

test("no answer in time is a timeout; a refused or reset connection is a network error", async () => {
  handler = () => {}; // never answers
  const late = await call({ timeoutMs: 50 }).catch((e: unknown) => e);
  assert.ok(late instanceof OvhNetworkError);
  assert.equal(late.kind, "timeout");

  handler = (req) => req.socket.destroy();
  const reset = await call().catch((e: unknown) => e);
  assert.ok(reset instanceof OvhNetworkError);
  assert.equal(reset.kind, "network");

  const refused = await call({ url: "http://127.0.0.1:1/1.0/me" }).catch((e: unknown) => e);
  assert.ok(refused instanceof OvhNetworkError);
  assert.match(refused.message, /ECONNREFUSED/);
});

test("the client uses it by default, over kept-alive connections", async () => {
  handler = (req, res) =>
    res
      .writeHead(req.url === "/1.0/me/x" ? 404 : 200, { "Content-Type": "application/json" })
      .end(JSON.stringify(req.url === "/1.0/me/x" ? { message: "nope" } : { ok: true }));
  const ovh = createOvhClient({
    baseUrl: `${base}/1.0`,
    ...testKeys,
    timeCache: new Map([[clockKey(`${base}/1.0`, testKeys.appKey), 0]]),
  });
  const before = connections.count;
  for (let i = 0; i < 5; i++) assert.deepEqual(await ovh.get("/me", { schema: z.unknown() }), { ok: true });
  await assert.rejects(ovh.get("/me/x", { schema: z.unknown() }), OvhApiError);
  assert.ok(connections.count - before <= 1, "six calls, one connection");
});
