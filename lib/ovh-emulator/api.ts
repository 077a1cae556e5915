import type { ApiContext, Route } from "./api-context";
import { authenticate } from "./auth-check";
import type { DemoAccounts } from "./demo-accounts";
import { DroppedConnectionError, drawFault, takeRateSlot } from "./faults";
import { injectedFault, ovhErrors } from "./ovh-errors";
import { errorResponse } from "./responses";
import { matchRoute, type RouteMatch } from "./router";
import { accountRoutes } from "./routes/account";
import { applicationRoutes } from "./routes/applications";
import { authRoutes } from "./routes/auth";
import { credentialRoutes } from "./routes/credentials";
import { beginRequest, endRequest } from "./stats";
import type { Account, Store } from "./store";

// The /1.0 and /v1 API: account faults and knobs first ("before doing anything"), then the
// route, then OVH's authentication, then the handler.

const routes: Route[] = [...authRoutes, ...accountRoutes, ...applicationRoutes, ...credentialRoutes];

export type ApiEnv = {
  store: Store;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  basePath: string;
  demoAccounts?: DemoAccounts;
};

export type ApiCall = {
  request: Request;
  /** The URL exactly as the client addressed it: what the signature covers. */
  addressedUrl: string;
  url: URL;
  apiPath: string;
  clientIp: string | undefined;
};

function routeLabel(method: string, match: RouteMatch<Route>, batched: boolean): string {
  if (match.kind === "found") return `${method} ${match.route.template}${batched ? " [batch]" : ""}`;
  return match.kind === "wrong-method" ? `${method} (method not allowed)` : `${method} (unknown route)`;
}

export async function handleApi(env: ApiEnv, call: ApiCall): Promise<Response> {
  const { request } = call;
  const appKey = request.headers.get("x-ovh-application");
  const found = appKey ? env.store.findAccount(appKey) : undefined;
  // An idle demo account is forgotten here, on its next call, as if its keys had never existed.
  const account = found && env.demoAccounts?.expireIfIdle(found) ? undefined : found;
  const match = matchRoute(routes, request.method, call.apiPath);
  if (!account) return answer(env, call, match, undefined);
  env.demoAccounts?.touch(account);

  const batched = match.kind === "found" && !!request.headers.get("x-ovh-batch") && account.knobs.batch;
  const label = routeLabel(request.method, match, batched);
  beginRequest(account.stats);
  try {
    const template = match.kind === "found" ? match.route.template : null;
    const response = await withKnobs(env, call, account, template, () => answer(env, call, match, account));
    endRequest(account.stats, label, response.status);
    return response;
  } catch (error) {
    endRequest(account.stats, label, error instanceof DroppedConnectionError ? "dropped" : 500);
    throw error;
  }
}

// Latency: every answer (a fault, a 429, or the route's) leaves latencyMs after its request arrived,
// and the work is done within that time. OVH answers concurrent requests in parallel, so one
// request's work must not delay another's answer; waiting first and working after made 16 requests
// arriving together get their answers one after the other, ~0.5 ms apart on this one thread, which
// the benchmark then counted against the client. (The work is not instant for the client either:
// a change is visible to a request arriving after it, even before its answer is sent.)
async function withKnobs(
  env: ApiEnv,
  call: ApiCall,
  account: Account,
  template: string | null,
  next: () => Promise<Response>,
) {
  const answerAt = env.now() + account.knobs.latencyMs;
  try {
    return await knobbed(env, call, account, template, next);
  } finally {
    // A dropped connection too is noticed only when an answer would have arrived.
    await waitUntil(env, answerAt);
  }
}

async function waitUntil(env: ApiEnv, at: number) {
  const left = at - env.now();
  if (left > 0) await env.sleep(left);
}

async function knobbed(
  env: ApiEnv,
  call: ApiCall,
  account: Account,
  template: string | null,
  next: () => Promise<Response>,
) {
  const fault = drawFault(account);
  if (fault?.kind === "drop") throw new DroppedConnectionError();
  const status = fault?.kind === "error" ? fault.status : scriptedRouteFailure(account, call.request.method, template);
  if (status !== null) {
    account.stats.injectedErrors++;
    return errorResponse(injectedFault(status));
  }
  const consumerKey = call.request.headers.get("x-ovh-consumer");
  const limited = consumerKey ? takeRateSlot(account, consumerKey, env.now()) : null;
  if (limited) return errorResponse(ovhErrors.tooManyRequests, { "Retry-After": String(limited.retryAfterSec) });
  return next();
}

/** The failRoutes knob: a route OVH keeps failing, whatever the call carries. */
function scriptedRouteFailure(account: Account, method: string, template: string | null): number | null {
  const failing = account.knobs.failRoutes;
  // The route's "METHOD /template" is built only while the knob is set: this runs on every request.
  if (!failing || template === null) return null;
  return failing.routes.includes(`${method} ${template}`) ? failing.status : null;
}

async function answer(env: ApiEnv, call: ApiCall, match: RouteMatch<Route>, account: Account | undefined) {
  if (match.kind === "not-found") return errorResponse(ovhErrors.unknownRoute);
  if (match.kind === "wrong-method")
    return errorResponse(ovhErrors.methodNotAllowed, { Allow: match.allow.join(", ") });

  const { request, url } = call;
  const nowMs = env.now();
  const offsetMs = (account?.knobs.clockOffsetSec ?? 0) * 1000;
  const ctx: ApiContext = {
    store: env.store,
    request,
    apiPath: call.apiPath,
    params: match.params,
    query: url.searchParams,
    body: request.body ? await request.text() : "",
    nowMs,
    serverTimeSec: Math.floor((nowMs + offsetMs) / 1000),
    origin: url.origin,
    basePath: env.basePath,
  };
  const { route } = match;
  if (route.access === "public") return route.handle(ctx, null);
  const result = authenticate({
    store: env.store,
    headers: request.headers,
    method: request.method,
    signedUrl: call.addressedUrl,
    body: ctx.body,
    apiPath: call.apiPath,
    needsRule: route.access === "signed",
    nowMs,
    serverTimeSec: ctx.serverTimeSec,
    clientIp: call.clientIp,
  });
  return result.ok ? route.handle(ctx, result.auth) : errorResponse(result.error);
}
