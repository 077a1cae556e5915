import "server-only";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// Node's fetch (undici) keeps one process-wide timer for its timeouts, created by the first fetch and
// refreshed forever after. Created inside a request, it holds that request's async context (Next's
// request store) for the life of the process, and through it a chain of later requests: the server's
// memory grows under load. One fetch at startup, outside any request, creates the timer context-free.
export async function warmFetch(): Promise<void> {
  const server = createServer((_, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await (await fetch(`http://127.0.0.1:${port}/`)).text();
  } catch {
    // Best effort: without it the dashboard still works.
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
