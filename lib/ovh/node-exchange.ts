import http from "node:http";
import https from "node:https";
import { OvhNetworkError } from "./errors";
import type { ExchangeInput, HttpExchange } from "./http-exchange";
import { outsideRequest } from "./outbound-context";

// The client's default transport: node:http(s) over keep-alive agents. fetch's machinery (web
// streams, Request/Response objects, an AbortSignal per call) cost about 2.5 times the CPU per
// call in the benchmark, which a bulk operation pays thousands of times; inside Next it also goes
// through Next's patched fetch. Same contract as the fetch path: one round trip under one timeout,
// redirects returned rather than followed, network failures as OvhNetworkError.

const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

export function nodeExchange(input: Omit<ExchangeInput, "fetch">): Promise<HttpExchange> {
  const url = new URL(input.url);
  const secure = url.protocol === "https:";
  if (!secure && url.protocol !== "http:") {
    return Promise.reject(
      new OvhNetworkError("network", `unsupported protocol ${url.protocol}`, input.method, input.route),
    );
  }
  const send = secure ? https.request : http.request;
  const body = input.body === "" ? undefined : Buffer.from(input.body, "utf8");
  const headers: Record<string, string | number> = { ...input.headers };
  if (body) headers["Content-Length"] = body.length;

  return new Promise((resolve, reject) => {
    let timedOut = false;
    const fail = (err: unknown) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new OvhNetworkError("timeout", `no answer within ${input.timeoutMs} ms`, input.method, input.route));
      } else {
        reject(new OvhNetworkError("network", networkReason(err), input.method, input.route));
      }
    };
    let request: http.ClientRequest;
    try {
      const agent = agents[url.protocol as "http:"];
      request = outsideRequest(() => send(url, { method: input.method, headers, agent }, onResponse));
    } catch (err) {
      fail(err); // e.g. a header value node refuses to send
      return;
    }
    function onResponse(response: http.IncomingMessage) {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("aborted", () => fail(new Error("the connection closed mid-answer")));
      response.on("end", () => {
        clearTimeout(timer);
        if (timedOut) return;
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          headers: toHeaders(response.rawHeaders),
          text: Buffer.concat(chunks).toString("utf8"),
        });
      });
    }
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy();
    }, input.timeoutMs);
    request.on("error", fail);
    request.end(body);
  });
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

function networkReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message.slice(0, 100) : "request failed";
  return typeof code === "string" ? `request failed (${code})` : message;
}
