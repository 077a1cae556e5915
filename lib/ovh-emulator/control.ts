import { z } from "zod";
import { MAX_CREDENTIALS } from "./fixtures";
import { errorResponse, jsonResponse } from "./responses";
import { applicationJson, credentialJson } from "./serialize";
import type { Account, Store } from "./store";

// Test/demo/benchmark control API under /_emulator/ (unsigned JSON): create and remove accounts,
// read ground truth and counters, turn knobs. Consumer keys never appear in ground truth.

export const knobsPatchSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(120_000),
    errorRate: z.number().min(0).max(1),
    rateLimitPerMinute: z.number().int().min(1).nullable(),
    clockOffsetSec: z.number().int().min(-315_360_000).max(315_360_000),
    batch: z.boolean(),
    dropConnections: z.number().min(0).max(1),
    failDeletes: z
      .object({
        ids: z.array(z.number().int()),
        times: z.number().int().min(0),
        status: z.number().int().min(400).max(599),
        afterCommit: z.boolean().optional(),
      })
      .nullable(),
    failReads: z
      .object({ ids: z.array(z.number().int()).max(10_000), status: z.number().int().min(400).max(599) })
      .nullable(),
    failRoutes: z
      .object({
        routes: z
          .array(z.string().regex(/^(GET|POST|PUT|DELETE) \/\S{0,200}$/, 'a route is "METHOD /template"'))
          .max(50),
        status: z.number().int().min(400).max(599),
      })
      .nullable(),
  })
  .partial()
  .strict();

export const createAccountSchema = z
  .object({
    credentials: z.number().int().min(1).max(MAX_CREDENTIALS),
    seed: z.union([z.number().int(), z.string().min(1).max(200)]),
    expiredRatio: z.number().min(0).max(1),
    applications: z.number().int().min(1).max(200),
    foreignApplications: z.number().int().min(0).max(3),
    knobs: knobsPatchSchema,
  })
  .partial()
  .strict();

const badRequest = (message: string) => errorResponse({ status: 400, errorCode: "BAD_PARAMETER", message });
const notFound = (message: string) => errorResponse({ status: 404, errorCode: "NOT_FOUND", message });

function parseJson<T>(schema: z.ZodType<T>, text: string): { ok: true; data: T } | { ok: false; response: Response } {
  let json: unknown = {};
  try {
    if (text.trim() !== "") json = JSON.parse(text);
  } catch {
    return { ok: false, response: badRequest("Invalid JSON body") };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: badRequest(z.prettifyError(parsed.error)) };
}

function groundTruth(account: Account, nowMs: number) {
  return {
    nichandle: account.keys.nichandle,
    knobs: account.knobs,
    stats: account.stats,
    applications: [...account.applications.values()].map((a) => ({ ...applicationJson(a), owned: a.owned })),
    credentials: [...account.credentials.values()].map((c) => credentialJson(c, nowMs)),
  };
}

/** A malformed escape (%E0%A4%A) is simply an unknown key, not a crash. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export type ControlEnv = { store: Store; now: () => number; endpointUrl: string };

export async function handleControl(env: ControlEnv, request: Request, path: string): Promise<Response> {
  const { store } = env;
  const keysOf = (account: Account) => ({ ...account.keys, endpointUrl: env.endpointUrl });
  if (path === "/accounts" && request.method === "POST") {
    const body = parseJson(createAccountSchema, await request.text());
    if (!body.ok) return body.response;
    return jsonResponse(keysOf(store.addAccount(body.data)), 201);
  }
  if (path === "/demo" && request.method === "POST") return jsonResponse(keysOf(store.demoAccount()));

  const match = /^\/accounts\/([^/]+)(\/reset-stats)?$/.exec(path);
  if (!match) return notFound("Unknown control route");
  const account = store.findAccount(safeDecode(match[1] ?? ""));
  if (!account) return notFound("No account holds this application key");
  if (match[2]) {
    if (request.method !== "POST")
      return errorResponse({ status: 405, errorCode: "METHOD_NOT_ALLOWED", message: "Use POST" });
    store.resetStats(account);
    return jsonResponse({ stats: account.stats });
  }
  if (request.method === "GET") return jsonResponse(groundTruth(account, env.now()));
  if (request.method === "DELETE") {
    store.removeAccount(account);
    return jsonResponse(null);
  }
  if (request.method === "PATCH") {
    const body = parseJson(knobsPatchSchema, await request.text());
    if (!body.ok) return body.response;
    store.patchKnobs(account, body.data);
    return jsonResponse({ knobs: account.knobs });
  }
  return errorResponse({ status: 405, errorCode: "METHOD_NOT_ALLOWED", message: "Use GET, PATCH or DELETE" });
}
