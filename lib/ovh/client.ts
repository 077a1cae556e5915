import { z } from "zod";
import { type BatchResult, getBatch } from "./batch-get";
import { isStaleTimestamp, OvhNetworkError } from "./errors";
import { exchange, type HttpExchange } from "./http-exchange";
import type { HttpMethod } from "./models";
import { backoffDelay, defaultRetryPolicy, isRetryable, parseRetryAfter, type RetryOptions } from "./retry-policy";
import { routeTemplate } from "./route-template";
import { signRequest } from "./signature";
import { clockKey, defaultTimeCache, forgetServerTimeDelta, serverTimeDelta } from "./time-drift";
import { apiError, asciiJson, buildUrl, parsePayload, type QueryParams } from "./wire-format";

export type { QueryParams };

export type OvhCall = {
  method: HttpMethod;
  /** Route template: numeric segments are `{id}`, comma lists `{ids}`. */
  route: string;
  status: number | "network" | "timeout";
  durationMs: number;
  queryId?: string;
  attempt: number;
  /** What a 429/503 asked us to wait, in milliseconds, when it said so. */
  retryAfterMs?: number;
};

export type OvhClientOptions = {
  /** From endpoints.ts only; never from user input. */
  baseUrl: string;
  appKey: string;
  appSecret?: string;
  consumerKey?: string;
  /** Injected transport (tests, the in-process emulator); by default node:http(s) with keep-alive. */
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source, injectable so backoff delays are testable. */
  random?: () => number;
  timeoutMs?: number;
  retry?: RetryOptions;
  onCall?: (call: OvhCall) => void;
  timeCache?: Map<string, number>;
};

export type RequestOptions<S extends z.ZodType> = {
  schema: S;
  query?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  /** Signed call (default). `false` for GET /auth/time and POST /auth/credential. */
  auth?: boolean;
  /** Sends `Pragma: no-cache` so OVH does not serve a cached list right after a change. */
  noCache?: boolean;
  /** Sees every attempt of this request, after the client's own `onCall`. */
  onCall?: (call: OvhCall) => void;
};

type Sugar = <S extends z.ZodType>(path: string, options: RequestOptions<S>) => Promise<z.output<S>>;

export type OvhClient = {
  baseUrl: string;
  appKey: string;
  request<S extends z.ZodType>(method: HttpMethod, path: string, options: RequestOptions<S>): Promise<z.output<S>>;
  get: Sugar;
  post: Sugar;
  put: Sugar;
  del: Sugar;
  getBatch<S extends z.ZodType>(
    pathPrefix: string,
    ids: readonly number[],
    itemSchema: S,
    options?: { noCache?: boolean },
  ): Promise<BatchResult<z.output<S>>>;
  /** Server minus local clock, in seconds (fetched once per base URL). */
  timeDelta(): Promise<number>;
};

const serverTimeSchema = z.number().int();

export function createOvhClient(options: OvhClientOptions): OvhClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retry = { ...defaultRetryPolicy, ...options.retry };
  const timeCache = options.timeCache ?? defaultTimeCache();
  const clock = clockKey(baseUrl, options.appKey);

  const timeDelta = () =>
    serverTimeDelta(
      timeCache,
      clock,
      () => request("GET", "/auth/time", { auth: false, schema: serverTimeSchema }),
      now,
    );

  async function headersFor(method: HttpMethod, url: string, body: string, opts: RequestOptions<z.ZodType>) {
    const headers: Record<string, string> = { ...opts.headers, Accept: "application/json" };
    headers["X-Ovh-Application"] = options.appKey;
    if (body !== "") headers["Content-Type"] = "application/json";
    if (opts.noCache) headers.Pragma = "no-cache";
    if (opts.auth ?? true) {
      const { appSecret, consumerKey } = options;
      if (!appSecret || !consumerKey) {
        throw new Error("A signed OVH call needs the application secret and a consumer key.");
      }
      const timestamp = Math.floor(now() / 1000) + (await timeDelta());
      headers["X-Ovh-Consumer"] = consumerKey;
      headers["X-Ovh-Timestamp"] = String(timestamp);
      headers["X-Ovh-Signature"] = signRequest({ appSecret, consumerKey, method, url, body, timestamp });
    }
    return headers;
  }

  async function send(method: HttpMethod, path: string, opts: RequestOptions<z.ZodType>): Promise<HttpExchange> {
    const url = buildUrl(baseUrl, path, opts.query);
    const route = routeTemplate(path);
    const body = opts.body === undefined ? "" : asciiJson(opts.body);
    const started = now();
    let earlierAnswer: { status: number; queryId: string } | undefined;
    for (let attempt = 1; ; attempt++) {
      const headers = await headersFor(method, url, body, opts);
      const attemptStarted = now();
      const outcome = await exchange({ fetch: fetchImpl, method, url, headers, body, timeoutMs, route }).catch(
        (err: unknown) => {
          if (err instanceof OvhNetworkError) return err;
          throw err;
        },
      );
      const queryId =
        outcome instanceof OvhNetworkError ? undefined : (outcome.headers.get("x-ovh-queryid") ?? undefined);
      const status = outcome instanceof OvhNetworkError ? outcome.kind : outcome.status;
      const retryAfterMs =
        outcome instanceof OvhNetworkError ? undefined : parseRetryAfter(outcome.headers.get("retry-after"), now());
      const call: OvhCall = { method, route, status, durationMs: now() - attemptStarted, queryId, attempt };
      if (retryAfterMs !== undefined) call.retryAfterMs = retryAfterMs;
      options.onCall?.(call);
      opts.onCall?.(call);
      if (!(outcome instanceof OvhNetworkError) && outcome.status >= 200 && outcome.status < 300) return outcome;

      const failure = outcome instanceof OvhNetworkError ? outcome : apiError(outcome, method, route, queryId);
      if (failure instanceof OvhNetworkError) {
        if (earlierAnswer) failure.earlierAnswer = earlierAnswer;
      } else if (queryId !== undefined) {
        earlierAnswer = { status: failure.status, queryId };
      }
      if (attempt >= retry.maxAttempts || !isRetryable(method, failure)) throw failure;
      const delay = retryAfterMs ?? backoffDelay(attempt, retry, random);
      if (now() - started + delay > retry.maxTotalMs) throw failure;
      await sleep(delay);
    }
  }

  async function request<S extends z.ZodType>(method: HttpMethod, path: string, opts: RequestOptions<S>) {
    let answer: HttpExchange;
    try {
      answer = await send(method, path, opts);
    } catch (err) {
      if (!(opts.auth ?? true) || !isStaleTimestamp(err)) throw err;
      // Our clock (or OVH's) moved since the delta was cached: re-sync once and replay.
      forgetServerTimeDelta(timeCache, clock);
      answer = await send(method, path, opts);
    }
    return parsePayload(answer, opts.schema, method, routeTemplate(path));
  }

  return clientAround({ baseUrl, appKey: options.appKey, timeDelta }, request);
}

/**
 * The client whose every call goes through `request`: how the signed client is built, and how a
 * wrapper (pacing, a job's slots) changes the way a request is sent without changing the client.
 */
export function clientAround(
  base: Pick<OvhClient, "baseUrl" | "appKey" | "timeDelta">,
  request: OvhClient["request"],
): OvhClient {
  const client: OvhClient = {
    baseUrl: base.baseUrl,
    appKey: base.appKey,
    request,
    get: (path, opts) => request("GET", path, opts),
    post: (path, opts) => request("POST", path, opts),
    put: (path, opts) => request("PUT", path, opts),
    del: (path, opts) => request("DELETE", path, opts),
    getBatch: (pathPrefix, ids, itemSchema, opts) => getBatch(client, pathPrefix, ids, itemSchema, opts),
    timeDelta: () => base.timeDelta(),
  };
  return client;
}
