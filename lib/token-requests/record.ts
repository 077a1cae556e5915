import { z } from "zod";
import { endpointIdSchema } from "@/lib/ovh/endpoints";
import { type AccessRule, httpMethodSchema } from "@/lib/ovh/models";

// The token requests of this session, kept in the encrypted session cookie so their status can be
// followed and their consumer key used for this session. A cookie holds about 4 KB, so the list
// is bounded by size as well as by count: the oldest requests go first, and a request with many
// rules or IP blocks keeps them only while they fit (the validated credential carries them too).

export const maxKeptTokenRequests = 8;
/**
 * JSON characters for the whole list. With the quarantine memory's budget and the keys, the sealed
 * cookie stays under the browsers' 4,096 bytes (lib/session/cookie-size.test.ts fills them all).
 */
export const tokenRequestsBudget = 1_200;

// Rules are stored as "METHOD path" strings, half the size of {method, path} objects.
const storedRuleSchema = z.string().transform((value, ctx): AccessRule => {
  const space = value.indexOf(" ");
  const method = httpMethodSchema.safeParse(value.slice(0, space));
  if (space < 0 || !method.success) {
    ctx.addIssue({ code: "custom", message: "Not a stored rule." });
    return z.NEVER;
  }
  return { method: method.data, path: value.slice(space + 1) };
});

export const storedTokenRequestSchema = z.object({
  id: z.uuid(),
  endpoint: endpointIdSchema,
  applicationKey: z.string().min(1),
  /** Only for requests made with the session's own application: the dashboard can sign with it. */
  consumerKey: z.string().min(1).optional(),
  validationUrl: z.string(),
  createdAt: z.number().int(),
  /** null when there were too many to keep in the cookie. */
  rules: z.array(storedRuleSchema).nullable(),
  allowedIPs: z.array(z.string()).nullable(),
  /** The credential this request replaces (Replace on /credentials/[id]). */
  replaces: z.number().int().positive().optional(),
});

export type TokenRequestRecord = z.output<typeof storedTokenRequestSchema>;
export type StoredTokenRequest = z.input<typeof storedTokenRequestSchema>;

export function toStored(record: TokenRequestRecord): StoredTokenRequest {
  return { ...record, rules: record.rules?.map((rule) => `${rule.method} ${rule.path}`) ?? null };
}

/** Reads whatever the cookie holds; anything malformed (an older cookie shape) is dropped, not trusted. */
export function readTokenRequests(stored: unknown): TokenRequestRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = storedTokenRequestSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const size = (list: readonly StoredTokenRequest[]) => JSON.stringify(list).length;

/**
 * The list to store after adding `record`: newest first, at most `maxEntries`, and within `budget`
 * characters of JSON. Older requests are dropped first; if the new one alone is too big, its rules
 * and then its IP blocks are left out rather than the request itself.
 */
export function rememberTokenRequest(
  kept: readonly TokenRequestRecord[],
  record: TokenRequestRecord,
  { maxEntries = maxKeptTokenRequests, budget = tokenRequestsBudget } = {},
): StoredTokenRequest[] {
  let newest = toStored(record);
  if (size([newest]) > budget) newest = { ...newest, rules: null };
  if (size([newest]) > budget) newest = { ...newest, allowedIPs: null };
  const list = [newest, ...kept.filter((item) => item.id !== record.id).map(toStored)].slice(
    0,
    Math.max(1, maxEntries),
  );
  while (list.length > 1 && size(list) > budget) list.pop();
  return list;
}

export function findTokenRequest(list: readonly TokenRequestRecord[], id: string): TokenRequestRecord | undefined {
  return list.find((item) => item.id === id);
}

/** What pages may know about a request: everything except the consumer key. */
export type TokenRequestView = Omit<TokenRequestRecord, "consumerKey"> & {
  /** The dashboard can follow its validation (same application as the session, consumer key kept). */
  followable: boolean;
};

export function toTokenRequestView(
  record: TokenRequestRecord,
  session: { endpoint: string; applicationKey: string },
): TokenRequestView {
  const { consumerKey, ...rest } = record;
  return { ...rest, followable: canFollow(record, session) };
}

/** Status checks are signed with the session's secret, so only its own application's requests can be followed. */
export function canFollow(
  record: Pick<TokenRequestRecord, "endpoint" | "applicationKey" | "consumerKey">,
  session: { endpoint: string; applicationKey: string },
): boolean {
  return (
    record.consumerKey !== undefined &&
    record.endpoint === session.endpoint &&
    record.applicationKey === session.applicationKey
  );
}
