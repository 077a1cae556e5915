import { type CredentialStatus, credentialStatuses } from "@/lib/ovh/enums";
import { ruleKey } from "./access-rule-scope";
import { type SortColumn, type SortDirection, sortColumns } from "./credential-sort";
import { type CredentialView, type FindingId, findingIds } from "./types";

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

// Views are rebuilt when data changes, so a WeakMap keeps one haystack per view object alive
// exactly as long as the view itself.
const haystacks = new WeakMap<CredentialView, string>();

function haystackOf(view: CredentialView): string {
  let haystack = haystacks.get(view);
  if (haystack === undefined) {
    haystack = [
      String(view.credentialId),
      view.application?.name ?? "",
      view.application?.applicationKey ?? "",
      ...view.rules.map(ruleKey),
      ...(view.allowedIPs ?? []),
    ]
      .join("\n")
      .toLowerCase();
    haystacks.set(view, haystack);
  }
  return haystack;
}

/**
 * Facets combine with AND; values within a facet with OR. The free text is split on spaces and
 * every word must appear in the id, application name or key, access rules or allowed IPs.
 */
export function filterCredentials(views: readonly CredentialView[], filters: CredentialFilters): CredentialView[] {
  const statuses = new Set<string>(filters.status);
  const findings = new Set<string>(filters.finding);
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  return views.filter(
    (view) =>
      (statuses.size === 0 || statuses.has(view.status)) &&
      (filters.application === null || view.applicationId === filters.application) &&
      (findings.size === 0 || view.findings.some((finding) => findings.has(finding.id))) &&
      (words.length === 0 || words.every((word) => haystackOf(view).includes(word))),
  );
}
