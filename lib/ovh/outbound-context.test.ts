import assert from "node:assert/strict";
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { createOutboundContext, outsideRequest } from "./outbound-context";

// Stands in for Next's request store.
const requestStore = new AsyncLocalStorage<string>();

/** The store a socket's own events run in, for a request opened by `open` inside request `name`. */
function socketContext(url: string, agent: http.Agent, name: string, open: <T>(f: () => T) => T) {
  return requestStore.run(name, async () => {
    const seen = await new Promise<string | undefined>((resolve, reject) => {
      const request = open(() =>
        http.get(url, { agent }, (response) => {
          response.on("data", () => {});
          response.on("end", () => resolve(requestStore.getStore()));
        }),
      );
      request.on("error", reject);
    });
    // Whatever the socket ran in, the caller's await resumes in its own request.
    assert.equal(requestStore.getStore(), name);
    return seen;
  });
}

test("keep-alive sockets opened through outsideRequest carry no request's context, even when reused", async () => {
  const server = http.createServer((_, res) => res.end("{}"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const direct = <T>(f: () => T) => f();
  try {
    // Without it, the socket's events run in the request that opened, then reused, the socket.
    assert.equal(await socketContext(url, agent, "page-1", direct), "page-1");
    assert.equal(await socketContext(url, agent, "page-2", direct), "page-2");
    // Before the server sets the context up (CLI, benchmark), outsideRequest changes nothing.
    assert.equal(await socketContext(url, agent, "page-3", outsideRequest), "page-3");

    createOutboundContext(); // as instrumentation.ts does at start, outside any request
    assert.equal(await socketContext(url, agent, "page-4", outsideRequest), undefined, "reused socket");
    agent.destroy();
    assert.equal(await socketContext(url, agent, "page-5", outsideRequest), undefined, "new socket");
  } finally {
    agent.destroy();
    server.closeAllConnections();
    server.close();
  }
});
