import { type CredentialStatus, credentialStatuses } from "@/lib/ovh/enums";
import { ruleKey } from "./access-rule-scope";
import { type SortColumn, type SortDirection, sortColumns } from "./credential-sort";
import { type ApplicationRef, type CredentialView, type FindingId, findingIds } from "./types";

export { type SortColumn, type SortDirection, sortColumns, sortCredentials } from "./credential-sort";

// The credentials table's state as it lives in the URL. Parsing never fails: a value that is not
// understood is dropped, so a hand-edited or stale link still opens the page. Lists are kept
// deduplicated in a fixed order, so the same filters always serialize to the same query string.

export type CredentialFilters = {
  status: CredentialStatus[];
  application: number | null;
  finding: FindingId[];
  q: string;
  sort: SortColumn;
  dir: SortDirection;
};

export const defaultCredentialFilters: Readonly<CredentialFilters> = {
  status: [],
  application: null,
  finding: [],
  q: "",
  sort: "findings",
  dir: "desc",
};

const MAX_QUERY_LENGTH = 200;

// Hand-written rather than zod: this runs in the browser on every URL change, and keeping zod out of
// the client bundle saves ~30 KB gzipped. A value of the wrong shape (a number, an object) reads as
// absent, so no field can fail.
type RawParam = string | string[] | undefined;

function rawParam(value: unknown): RawParam {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return undefined;
}

function firstValue(value: unknown): string {
  const raw = rawParam(value);
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
}

/** Repeated params and comma-separated values both work: `status=a,b` and `status=a&status=b`. */
function listValues(value: unknown): string[] {
  const raw = rawParam(value);
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((item) =>
    item.split(",").map((part) => part.trim()),
  );
}

function known<T extends string>(allowed: readonly T[], value: unknown): T[] {
  const items = listValues(value);
  return allowed.filter((item) => items.includes(item));
}

function oneOf<T extends string>(allowed: readonly T[], fallback: T, value: unknown): T {
  const wanted = firstValue(value);
  return allowed.find((item) => item === wanted) ?? fallback;
}

export type CredentialFilterParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseCredentialFilters(params: CredentialFilterParams): CredentialFilters {
  const record: Record<string, unknown> =
    params instanceof URLSearchParams
      ? Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
      : params && typeof params === "object"
        ? params
        : {};
  const application = firstValue(record.application);
  return {
    status: known(credentialStatuses, record.status),
    application: /^[1-9]\d{0,14}$/.test(application) ? Number(application) : null,
    finding: known(findingIds, record.finding),
    q: firstValue(record.q).slice(0, MAX_QUERY_LENGTH),
    sort: oneOf(sortColumns, defaultCredentialFilters.sort, record.sort),
    dir: oneOf(["asc", "desc"] as const, defaultCredentialFilters.dir, record.dir),
  };
}

/** The minimal query string, without `?`: defaults are left out, keys and list items in a fixed order. */
export function serializeCredentialFilters(filters: CredentialFilters): string {
  const parts: string[] = [];
  const status = credentialStatuses.filter((value) => filters.status.includes(value));
  if (status.length > 0) parts.push(`status=${status.join(",")}`);
  if (filters.application !== null) parts.push(`application=${filters.application}`);
  const finding = findingIds.filter((value) => filters.finding.includes(value));
  if (finding.length > 0) parts.push(`finding=${finding.join(",")}`);
  const q = filters.q.trim();
  if (q !== "") parts.push(`q=${encodeURIComponent(q)}`);
  if (filters.sort !== defaultCredentialFilters.sort) parts.push(`sort=${filters.sort}`);
  if (filters.dir !== defaultCredentialFilters.dir) parts.push(`dir=${filters.dir}`);
  return parts.join("&");
}

// The free text is searched in lowercase text computed once per object. Views are rebuilt when data
// changes, so WeakMaps keep each text alive exactly as long as its object. A credential's own fields
// (id, access rules, allowed IPs) are kept per view, its application's name and key per application:
// every credential of an application shares them, and one 10,000-character name used to be
// lowercased and copied into the text of each of its 500 credentials. Fields are joined with "\n"
// and a search word never holds whitespace, so a word matches the two texts exactly when it would
// have matched them joined.
const ownTexts = new WeakMap<CredentialView, string>();
const applicationTexts = new WeakMap<ApplicationRef, string>();

function ownTextOf(view: CredentialView): string {
  let text = ownTexts.get(view);
  if (text === undefined) {
    text = [String(view.credentialId), ...view.rules.map(ruleKey), ...(view.allowedIPs ?? [])].join("\n").toLowerCase();
    ownTexts.set(view, text);
  }
  return text;
}

function applicationTextOf(application: ApplicationRef): string {
  let text = applicationTexts.get(application);
  if (text === undefined) {
    text = `${application.name}\n${application.applicationKey}`.toLowerCase();
    applicationTexts.set(application, text);
  }
  return text;
}

/**
 * Computes the views' search text ahead of the first search, for a caller that has idle time when the
 * list arrives: the first keystroke on 5,000 credentials would otherwise build all of it (10–100 ms
 * depending on how warm the JavaScript engine is).
 * Works from `from` on and stops early once `hasTime` says no (asked every 250 views), so the work
 * can be spread over idle periods; returns where to resume, `views.length` when done.
 */
export function prepareCredentialSearch(
  views: readonly CredentialView[],
  from = 0,
  hasTime: () => boolean = () => true,
): number {
  let index = Math.max(0, from);
  for (; index < views.length; index++) {
    if (index > from && (index - from) % 250 === 0 && !hasTime()) break;
    const view = views[index] as CredentialView;
    ownTextOf(view);
    if (view.application) applicationTextOf(view.application);
  }
  return index;
}

/**
 * Facets combine with AND; values within a facet with OR. The free text is split on spaces and
 * every word must appear in the id, application name or key, access rules or allowed IPs.
 * The result keeps the order of `views`. Runs on every keystroke, hence the plain loops.
 */
export function filterCredentials(views: readonly CredentialView[], filters: CredentialFilters): CredentialView[] {
  const statuses = filters.status.length > 0 ? new Set<string>(filters.status) : null;
  const findings = filters.finding.length > 0 ? new Set<string>(filters.finding) : null;
  const application = filters.application;
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const matchesText = words.length > 0 ? textMatcher(words) : null;
  const matches: CredentialView[] = [];
  for (const view of views) {
    if (statuses !== null && !statuses.has(view.status)) continue;
    if (application !== null && view.applicationId !== application) continue;
    if (findings !== null && !view.findings.some((finding) => findings.has(finding.id))) continue;
    if (matchesText !== null && !matchesText(view)) continue;
    matches.push(view);
  }
  return matches;
}

/** Whether every word is in the view's own text or its application's; applications are tested once per word. */
function textMatcher(words: readonly string[]): (view: CredentialView) => boolean {
  const inApplication = words.map(() => new Map<ApplicationRef, boolean>());
  return (view) => {
    const own = ownTextOf(view);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (own.includes(word)) continue;
      const application = view.application;
      if (application === null) return false;
      const tested = inApplication[i] as Map<ApplicationRef, boolean>;
      let found = tested.get(application);
      if (found === undefined) {
        found = applicationTextOf(application).includes(word);
        tested.set(application, found);
      }
      if (!found) return false;
    }
    return true;
  };
}
