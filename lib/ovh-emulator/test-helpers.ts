import { createOvhClient, type OvhClient, type OvhClientOptions } from "@/lib/ovh/client";
import { signRequest } from "@/lib/ovh/signature";
import { clockKey } from "@/lib/ovh/time-drift";
import { createOvhEmulator, type OvhEmulator, type OvhEmulatorOptions } from "./handler";
import type { AccountKeys, StoredCredential } from "./model";
import type { Account, CreateAccountOptions } from "./store";

// Shared set-up for the emulator's unit tests: a fixed clock, a fresh account, and requests
// signed with signRequest exactly as an OVH client would sign them.

export const ORIGIN = "http://emulator.test";
export const T0 = Date.UTC(2026, 2, 28, 8, 7, 14);

export type Clock = { now: () => number; advance: (ms: number) => void; set: (ms: number) => void };

export function fixedClock(start = T0): Clock {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms), set: (ms) => (current = ms) };
}

export type Harness = { emulator: OvhEmulator; clock: Clock; account: Account; keys: AccountKeys };

export function harness(
  create: CreateAccountOptions = { seed: 7, credentials: 40 },
  options: OvhEmulatorOptions = {},
): Harness {
  const clock = fixedClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: async () => {}, ...options });
  const account = emulator.store.addAccount(create);
  return { emulator, clock, account, keys: account.keys };
}

export type SignedCall = {
  method?: string;
  path: string;
  body?: string;
  keys: Pick<AccountKeys, "applicationKey" | "applicationSecret" | "consumerKey">;
  /** Unix seconds; default: the emulator clock. */
  timestamp?: number;
  /** Overrides the URL that gets signed (to forge a bad signature). */
  signUrl?: string;
  prefix?: string;
  headers?: Record<string, string>;
  clientIp?: string;
};

export function signedRequest(h: Pick<Harness, "clock">, call: SignedCall): Request {
  const method = call.method ?? "GET";
  const url = `${ORIGIN}${call.prefix ?? "/1.0"}${call.path}`;
  const body = call.body ?? "";
  const timestamp = call.timestamp ?? Math.floor(h.clock.now() / 1000);
  const signature = signRequest({
    appSecret: call.keys.applicationSecret,
    consumerKey: call.keys.consumerKey,
    method,
    url: call.signUrl ?? url,
    body,
    timestamp,
  });
  return new Request(url, {
    method,
    body: body === "" ? undefined : body,
    headers: {
      "X-Ovh-Application": call.keys.applicationKey,
      "X-Ovh-Consumer": call.keys.consumerKey,
      "X-Ovh-Timestamp": String(timestamp),
      "X-Ovh-Signature": signature,
      ...(body === "" ? {} : { "Content-Type": "application/json" }),
      ...call.headers,
    },
  });
}

export function signedFetch(h: Pick<Harness, "clock" | "emulator">, call: SignedCall): Promise<Response> {
  return h.emulator.fetch(signedRequest(h, call), { clientIp: call.clientIp ?? "127.0.0.1" });
}

/** Keys to sign as another credential of the same account. */
export function keysFor(h: Harness, credentialId: number): SignedCall["keys"] {
  const credential = h.account.credentials.get(credentialId);
  const application = credential && h.account.applications.get(credential.applicationId);
  if (!credential || !application) throw new Error(`no credential ${credentialId}`);
  return { ...application, consumerKey: credential.consumerKey };
}

export function firstCredential(h: Harness, predicate: (c: StoredCredential) => boolean): StoredCredential {
  const found = [...h.account.credentials.values()].find(predicate);
  if (!found) throw new Error("no credential matches");
  return found;
}

export async function body<T = unknown>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export type ErrorBody = { errorCode: string; httpCode: string; message: string; class: string };

/** The project's own OVH client, signing with the harness account's keys and talking to the emulator in-process. */
export function clientFor(h: Pick<Harness, "clock" | "emulator" | "keys">, overrides: Partial<OvhClientOptions> = {}) {
  const baseUrl = overrides.baseUrl ?? `${ORIGIN}/1.0`;
  return createOvhClient({
    baseUrl,
    appKey: h.keys.applicationKey,
    appSecret: h.keys.applicationSecret,
    consumerKey: h.keys.consumerKey,
    fetch: (async (input: string | URL | Request, init?: RequestInit) =>
      h.emulator.fetch(new Request(input, init), { clientIp: "127.0.0.1" })) as typeof fetch,
    now: h.clock.now,
    sleep: async () => {},
    timeCache: new Map([[clockKey(baseUrl, h.keys.applicationKey), 0]]),
    ...overrides,
  });
}

export type VirtualClock = { now: () => number; sleep: (ms: number) => Promise<void> };

/**
 * Simulated time for fault tests: sleeps resolve in deadline order once all in-memory work has settled,
 * so 2 s latencies, backoffs and Retry-After waits cost nothing while keeping their order.
 */
export function virtualClock(start = T0): VirtualClock {
  let current = start;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  let pumping = false;
  const step = () => {
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = timers.shift();
    if (!next) {
      pumping = false;
      return;
    }
    current = Math.max(current, next.at);
    next.resolve();
    setImmediate(step);
  };
  return {
    now: () => current,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        timers.push({ at: current + Math.max(0, ms), seq: seq++, resolve });
        if (!pumping) {
          pumping = true;
          setImmediate(step);
        }
      }),
  };
}

/** A real OVH client (signing, retries, time sync) whose transport is the in-memory emulator. */
/** `inSync`: the clock delta is known already, so no GET /auth/time enters the emulator's request counts. */
export function emulatedClient(
  emulator: OvhEmulator,
  keys: SignedCall["keys"],
  clock: VirtualClock,
  { inSync = false }: { inSync?: boolean } = {},
): OvhClient {
  const baseUrl = `${ORIGIN}/1.0`;
  return createOvhClient({
    baseUrl,
    appKey: keys.applicationKey,
    appSecret: keys.applicationSecret,
    consumerKey: keys.consumerKey,
    fetch: (input, init) => emulator.fetch(new Request(input, init), { clientIp: "127.0.0.1" }),
    now: clock.now,
    sleep: clock.sleep,
    timeCache: new Map(inSync ? [[clockKey(baseUrl, keys.applicationKey), 0]] : []),
  });
}
