import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isDroppedConnection } from "./faults";
import { createOvhEmulator, type OvhEmulator } from "./handler";

// node:http glue around the Fetch handler: the raw request target and Host header are kept
// so signatures verify over the URL exactly as the client addressed it, and a dropped
// connection really destroys the socket.

export type EmulatorServerOptions = { port: number; host?: string; credentials?: number; latencyMs?: number };

export type EmulatorServer = { url: string; port: number; emulator: OvhEmulator; close(): Promise<void> };

async function readBody(req: IncomingMessage): Promise<ArrayBuffer | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  // No body (a DELETE) is no body, not an empty one: a Request with a body sets up a web stream,
  // which was a good part of the emulator's work per DELETE.
  if (bytes.byteLength === 0) return undefined;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? "";
    if (!name.startsWith(":")) headers.append(name, req.rawHeaders[i + 1] ?? "");
  }
  return headers;
}

async function serve(emulator: OvhEmulator, fallbackHost: string, req: IncomingMessage, res: ServerResponse) {
  const rawUrl = `http://${req.headers.host ?? fallbackHost}${req.url ?? "/"}`;
  let request: Request;
  try {
    const body = await readBody(req);
    request = new Request(rawUrl, { method: req.method, headers: toHeaders(req), body });
  } catch {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request");
    return;
  }
  let response: Response;
  try {
    response = await emulator.fetch(request, { clientIp: req.socket.remoteAddress, rawUrl });
  } catch (error) {
    if (isDroppedConnection(error)) req.socket.destroy();
    else res.writeHead(500).end();
    return;
  }
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  // Every answer is small and already complete: one write instead of iterating a web stream per request.
  const body = response.body && req.method !== "HEAD" ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers.flat());
  res.end(body);
}

export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const host = options.host ?? "127.0.0.1";
  const knobs = options.latencyMs ? { latencyMs: options.latencyMs } : undefined;
  const emulator = createOvhEmulator({ demo: { credentials: options.credentials, knobs } });
  emulator.store.demoAccount();
  const server = createServer((req, res) => {
    serve(emulator, `${host}:${options.port}`, req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
