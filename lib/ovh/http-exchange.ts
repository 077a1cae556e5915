import { OvhNetworkError } from "./errors";
import { nodeExchange } from "./node-exchange";

export type HttpExchange = { status: number; statusText: string; headers: Headers; text: string };

export type ExchangeInput = {
  /** A fetch to use (tests, the in-process emulator); default: node:http(s) (node-exchange.ts). */
  fetch?: typeof fetch;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  route: string;
};

/**
 * One HTTP round trip, body included, under a single timeout. Redirects are not followed: a
 * redirected request would carry the consumer key to another location.
 */
export async function exchange(input: ExchangeInput): Promise<HttpExchange> {
  if (!input.fetch) return nodeExchange(input);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, input.timeoutMs);
  try {
    const response = await input.fetch(input.url, {
      method: input.method,
      headers: input.headers,
      body: input.body === "" ? undefined : input.body,
      redirect: "manual",
      signal: controller.signal,
    });
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, headers: response.headers, text };
  } catch (err) {
    if (timedOut) {
      throw new OvhNetworkError("timeout", `no answer within ${input.timeoutMs} ms`, input.method, input.route);
    }
    throw new OvhNetworkError("network", networkReason(err), input.method, input.route);
  } finally {
    clearTimeout(timer);
  }
}

// undici reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND, "bad port") in `cause`.
function networkReason(err: unknown): string {
  const base = err instanceof Error ? err.message : "request failed";
  const cause = err instanceof Error ? (err.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === "string") return `${base} (${cause.code})`;
  return typeof cause?.message === "string" ? `${base} (${cause.message.slice(0, 100)})` : base;
}
