// Test helper: a scripted stand-in for fetch that records every request, plus a fake clock.
// Not a test file itself (no .test.ts suffix); only *.test.ts files import it.
import { createOvhClient, type OvhCall, type OvhClient, type OvhClientOptions } from "./client";
import type { Credential } from "./models";
import { clockKey } from "./time-drift";

export const testBaseUrl = "https://eu.api.ovh.com/1.0";
export const testKeys = {
  appKey: "testAppKey000001",
  appSecret: "testAppSecretValue00000000000001",
  consumerKey: "testConsumerKeyValue000000000001",
};

export type RecordedRequest = {
  method: string;
  url: string;
  /** The URL without the base URL and query string, e.g. `/me/api/credential/1`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  redirect?: RequestRedirect;
};

export type Reply = Response | "network-error" | "hang";
export type Responder = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export function fakeFetch(responder: Responder, baseUrl = testBaseUrl) {
  const requests: RecordedRequest[] = [];
  const stats = { inFlight: 0, maxInFlight: 0 };
  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const parsed = new URL(url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request: RecordedRequest = {
      method: init.method ?? "GET",
      url,
      path: parsed.pathname.slice(new URL(baseUrl).pathname.length),
      query: parsed.searchParams,
      headers,
      body: typeof init.body === "string" ? init.body : "",
      redirect: init.redirect,
    };
    requests.push(request);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const reply = await responder(request, requests.length - 1);
      if (reply === "network-error") {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("connect refused"), { code: "ECONNREFUSED" }),
        });
      }
      if (reply === "hang") return await new Promise<Response>((_, reject) => abortOn(init.signal, reject));
      return reply;
    } finally {
      stats.inFlight--;
    }
  };
  return { fetch: fetchImpl as typeof fetch, requests, stats };
}

function abortOn(signal: AbortSignal | null | undefined, reject: (reason: unknown) => void) {
  signal?.addEventListener("abort", () => reject(new DOMException("This operation was aborted", "AbortError")));
}

export function json(value: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(value), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...init.headers },
  });
}

export function ovhError(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return json(body, { status, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A clock whose sleep advances time instantly and records each delay. */
export function fakeClock(startMs = 1_700_000_000_000) {
  let current = startMs;
  const sleeps: number[] = [];
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      current += ms;
    },
    sleeps,
  };
}

/** A client on fake fetch and a fake clock; the time delta is pre-synced to 0 unless `timeCache` is given. */
export function testClient(responder: Responder, overrides: Partial<OvhClientOptions> = {}) {
  const fake = fakeFetch(responder, overrides.baseUrl ?? testBaseUrl);
  const clock = fakeClock();
  const calls: OvhCall[] = [];
  const ovh: OvhClient = createOvhClient({
    baseUrl: testBaseUrl,
    ...testKeys,
    fetch: fake.fetch,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    onCall: (call) => calls.push(call),
    timeCache: new Map([
      [clockKey((overrides.baseUrl ?? testBaseUrl).replace(/\/+$/, ""), overrides.appKey ?? testKeys.appKey), 0],
    ]),
    ...overrides,
  });
  return { ovh, requests: fake.requests, stats: fake.stats, clock, calls };
}

export function credentialFixture(id: number, overrides: Partial<Credential> = {}): Credential {
  return {
    credentialId: id,
    applicationId: 1000 + (id % 3),
    creation: "2024-03-28T08:07:14+01:00",
    expiration: null,
    lastUse: null,
    ovhSupport: false,
    rules: [{ method: "GET", path: "/*" }],
    allowedIPs: null,
    status: "validated",
    ...overrides,
  };
}

/** Resolves after the current macrotask, so concurrent fake requests overlap like real ones. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
