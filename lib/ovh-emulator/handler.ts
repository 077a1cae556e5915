import { randomUUID } from "node:crypto";
import { addressedUrl } from "./addressed-url";
import { handleApi } from "./api";
import { handleControl } from "./control";
import { handleCreateToken } from "./create-token-page";
import { createDemoAccounts, type DemoAccounts } from "./demo-accounts";
import type { DemoPoolPolicy } from "./demo-pool";
import { isDroppedConnection } from "./faults";
import type { Knobs } from "./model";
import { errorResponse } from "./responses";
import { createStore, type Store } from "./store";
import { handleValidation } from "./validation-flow";

/*
 * A Fetch-API emulator of OVH API v1 authentication and credential management
 * (../shared/ovh-api/README.md). Serves, under `${basePath}`:
 *   /1.0/* and /v1/*   GET /auth/time, POST /auth/credential, GET /auth/currentCredential, POST /auth/logout,
 *                      GET /me, GET /me/api/application[/{id}], DELETE /me/api/application/{id},
 *                      GET /me/api/credential, GET|PUT|DELETE /me/api/credential/{id},
 *                      GET /me/api/credential/{id}/application, and X-Ovh-Batch GETs by id;
 *   /auth/?credentialToken=…   the consent page behind validationUrl;  /createToken/  informative;
 *   /_emulator/*       the control API (accounts, ground truth, knobs, counters), unless `control: false`
 *                      (the Next-mounted emulator without OVH_EMULATOR_CONTROL=on): then 404 like any unknown path.
 *
 * Choices where OVH's behaviour is unverified (README §7):
 *  - Timestamp window ±180 s → 400 QUERY_TIME_OUT "Query out of time: check your clock with /auth/time";
 *    a missing or non-canonical X-Ovh-Timestamp → 400 INVALID_SIGNATURE.
 *  - Check order: AK (403 INVALID_KEY), CK/signature headers present (401 NOT_AUTHENTICATED "You must login
 *    first"), timestamp, signature (400 INVALID_SIGNATURE), CK exists (403 NOT_CREDENTIAL), CK belongs to the AK's
 *    application (403 INVALID_CREDENTIAL), status, allowed IPs, access rules (403 NOT_GRANTED_CALL).
 *  - A pending, refused or expired CK → 403 INVALID_CREDENTIAL "This credential is not valid: it has expired"
 *    (or "…: it was refused", "…: it is pending validation"); the reason suffix is our choice.
 *  - Application status blocked/inactive → 403 INVALID_KEY; active and trusted work.
 *  - allowedIPs violation → 403 FORBIDDEN "This credential cannot be used from your IP address"; with no
 *    known client IP an IP-restricted credential is refused (fail closed). ::ffff:a.b.c.d is read as IPv4.
 *  - Error bodies carry both shapes {errorCode, httpCode, message, class}; classes are Client::<Reason> /
 *    Server::<Reason>. 404 unknown route: NOT_FOUND "Got an invalid (or empty) URL"; 404 unknown object:
 *    NOT_FOUND "The requested object (credentialId = 42) does not exist"; 405 METHOD_NOT_ALLOWED with Allow;
 *    400 BAD_PARAMETER "Invalid value for parameter credentialId: should be a long" for a bad id.
 *  - Void operations (DELETE, PUT, logout) answer 200 with the JSON body `null`.
 *  - POST /auth/logout keeps the credential: status "expired", expiration = now.
 *  - Access rules match the version-less, undecoded path without query (lib/access-rules/match.ts).
 *  - A validated credential whose expiration has passed reads as "expired" everywhere from then on.
 *  - Token requests: an empty accessRules array is accepted; a bad redirection or allowedIPs answers 400
 *    "Body parameter <name> isn't formated correctly". The pending credential lives in the account that owns
 *    the application key (OVH links it to whoever validates it).
 *  - Validation by another account: the consent page accepts the sign-in of any emulated account; a credential
 *    authorized by another account than the requester's moves there under a fresh id (OVH's ids are global; ours
 *    are per account) and the requesting application is added to it as a foreign application. Calls signed with
 *    the requester's application key and that consumer key then act on the validator's account (GET /me is its
 *    nichandle); the credential is checked against the application by key, not by account. Knobs and counters
 *    stay those of the account owning the application key.
 *  - Consent page: validity 1 hour, 24 hours (default), 30 days, Unlimited; both Authorize and Refuse need the
 *    account's sign-in; the token works once; the redirect (303) adds no query parameter and is followed only
 *    for http/https redirections, after a refusal too.
 *  - X-Ovh-Batch: 200 with [{key, value, error}] in request order, key as sent (string), error a message string
 *    or null; the separator is split after percent-decoding, so %2C works; with the batch knob off the header
 *    is ignored and "1,2" is a bad long (400).
 *  - 429 (rate-limit knob): {errorCode: "TOO_MANY_REQUESTS", message: "Too many requests",
 *    class: "Client::TooManyRequests"} with Retry-After seconds; the window counts only accepted requests,
 *    keyed by the X-Ovh-Consumer header, so unsigned calls (/auth/time, token requests) are never limited.
 *  - Knobs, faults and counters apply to API calls whose X-Ovh-Application names a known account, in this
 *    order: dropped connection, injected 5xx, rate limit; then 404/405, then authentication. Latency is the
 *    time from a request's arrival to its answer, whatever the answer: the work is done on arrival and the
 *    answer waits out the rest, as a server answering concurrent requests in parallel would (lib/ovh-emulator/api.ts).
 *  - GET /auth/time applies the clock offset of the account named by X-Ovh-Application, if any; the offset
 *    moves only the server clock (/auth/time, timestamp window), not creation/lastUse/expiration. OVH has
 *    one clock per endpoint; per-account clocks let a test skew one account while others run beside it,
 *    which is why the client caches its delta per endpoint *and* application (lib/ovh/time-drift.ts).
 *  - failReads makes every GET of the listed credentials (alone or within a batch) answer its status.
 *  - failRoutes makes every call of the listed routes ("GET /me", by template) answer its status, with the
 *    injected faults' body, before the rate limit is counted: an OVH back end that is down for one route.
 *  - failDeletes applies to existing credentials, after authentication; with afterCommit the credential is
 *    deleted first and the failure answered after, as when OVH's answer is lost on the way back.
 *  - Datetimes are always UTC ("+00:00"), where OVH answers in Europe/Paris time.
 *  - Demo accounts (the dashboard's demo button, created in-process through `demoAccounts`, never through the
 *    control API) are capped per process (200) and forgotten 2 hours after their last signed call or
 *    validation; at the cap the least recently used one idle for 15 minutes is evicted, else the creation is
 *    refused (demo-pool.ts). A forgotten account's keys answer as unknown ones (403 INVALID_KEY). OVH has
 *    no such thing; accounts made through the control API are never freed.
 *  - The client address is whatever the transport says (the standalone server: the socket; the Next mount:
 *    the connection, or X-Forwarded-For's last entry only with OVH_EMULATOR_TRUST_PROXY=on,
 *    lib/security/client-address.ts).
 *  - node-ovh's quirk (signing https:// without the port) is not accommodated: signatures must cover the URL
 *    as addressed.
 */

export type OvhEmulatorOptions = {
  /** Epoch milliseconds; injectable so tests control expiry. */
  now?: () => number;
  /** Mount prefix, e.g. "/api/ovh-emulator"; "" when standalone. */
  basePath?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Size and knobs of the lazily created demo account. */
  demo?: { credentials?: number; knobs?: Partial<Knobs> };
  /** Bounds of the per-visitor demo accounts (demo-pool.ts). */
  demoPool?: Partial<DemoPoolPolicy>;
  /**
   * Whether /_emulator/* (the unsigned control API) answers. On for the standalone emulator and tests;
   * the Next-mounted one turns it on only with OVH_EMULATOR_CONTROL=on (lib/ovh-emulator/shared.ts).
   */
  control?: boolean;
};

export type RequestInfo = {
  clientIp?: string;
  /** The exact URL the client addressed, when the transport knows it better than Request.url. */
  rawUrl?: string;
};

export type OvhEmulator = {
  fetch(request: Request, info?: RequestInfo): Promise<Response>;
  store: Store;
  /** The dashboard's demo button creates accounts here, in-process and bounded. */
  demoAccounts: DemoAccounts;
  basePath: string;
};

let querySequence = 0;

function queryId(nowMs: number): string {
  querySequence = (querySequence + 1) % 100_000;
  const node = (querySequence % 8) + 1;
  return `EU.ext-${node}.${Math.floor(nowMs / 1000).toString(16)}.${querySequence}.${randomUUID()}`;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createOvhEmulator(options: OvhEmulatorOptions = {}): OvhEmulator {
  const now = options.now ?? Date.now;
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const sleep = options.sleep ?? defaultSleep;
  const store = createStore({ now, demo: options.demo });
  const demoAccounts = createDemoAccounts(store, now, options.demoPool);
  const control = options.control ?? true;

  async function route(request: Request, info: RequestInfo): Promise<Response> {
    const addressed = addressedUrl(request, info.rawUrl);
    const url = new URL(addressed);
    if (!url.pathname.startsWith(`${basePath}/`))
      return errorResponse({ status: 404, errorCode: "NOT_FOUND", message: "Got an invalid (or empty) URL" });
    const path = url.pathname.slice(basePath.length);
    const version = /^\/(1\.0|v1)(\/.*)$/.exec(path);
    if (version) {
      const apiPath = version[2] ?? "/";
      return handleApi(
        { store, now, sleep, basePath, demoAccounts },
        { request, addressedUrl: addressed, url, apiPath, clientIp: info.clientIp },
      );
    }
    if (path === "/auth" || path === "/auth/") return handleValidation(store, request, url, now(), demoAccounts);
    if (path === "/createToken" || path === "/createToken/") return handleCreateToken(url, basePath);
    if (control && path.startsWith("/_emulator/")) {
      const endpointUrl = `${url.origin}${basePath}/1.0`;
      return handleControl({ store, now, endpointUrl }, request, path.slice("/_emulator".length));
    }
    return errorResponse({ status: 404, errorCode: "NOT_FOUND", message: "Got an invalid (or empty) URL" });
  }

  return {
    store,
    demoAccounts,
    basePath,
    async fetch(request, info = {}) {
      let response: Response;
      try {
        response = await route(request, info);
      } catch (error) {
        if (isDroppedConnection(error)) throw error;
        console.error("ovh-emulator: unexpected error:", error instanceof Error ? error.message : String(error));
        response = errorResponse({ status: 500, errorCode: "INTERNAL_ERROR", message: "Internal server error" });
      }
      response.headers.set("X-Ovh-Queryid", queryId(now()));
      return response;
    },
  };
}
