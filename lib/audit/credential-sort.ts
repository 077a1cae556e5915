import { credentialStatuses } from "@/lib/ovh/enums";
import { timeOf } from "./credential-state";
import { credentialRisk } from "./risk-score";
import type { CredentialView } from "./types";

// Sorting the credentials table. Keys are computed once per row (dates parsed once, not per
// comparison) so 10,000 rows sort quickly. Missing values (no application, never used, never
// expires) sort last in both directions, and equal keys fall back to the credential id.

export const sortColumns = [
  "id",
  "status",
  "application",
  "creation",
  "expiration",
  "lastUse",
  "rules",
  "findings",
] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = "asc" | "desc";

type SortKey = number | string | null;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function sortKey(view: CredentialView, column: SortColumn): SortKey {
  switch (column) {
    case "id":
      return view.credentialId;
    case "status":
      return credentialStatuses.indexOf(view.status);
    case "application":
      return view.application?.name ?? null;
    case "creation":
      return timeOf(view.creation);
    case "expiration":
      return timeOf(view.expiration);
    case "lastUse":
      return timeOf(view.lastUse);
    case "rules":
      return view.rules.length;
    case "findings":
      return credentialRisk(view);
  }
}

/**
 * Text keys replaced by their rank in collation order, equal-collating texts sharing a rank. The sort
 * then compares numbers: a collator comparison costs far more, a sort makes n·log n of them, and the
 * distinct names (a few applications) are few next to the rows.
 */
function rankTexts(keys: readonly SortKey[]): (number | null)[] {
  const texts = [...new Set(keys.filter((key): key is string => typeof key === "string"))].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = -1;
  texts.forEach((text, index) => {
    if (index === 0 || collator.compare(texts[index - 1] as string, text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  return keys.map((key) => (typeof key === "string" ? (ranks.get(key) as number) : key));
}

/** A sorted copy; the input is left as it was. */
export function sortCredentials(
  views: readonly CredentialView[],
  column: SortColumn,
  dir: SortDirection,
): CredentialView[] {
  const sign = dir === "asc" ? 1 : -1;
  const keys = rankTexts(views.map((view) => sortKey(view, column)));
  const rows = views.map((view, index) => ({ view, key: keys[index] ?? null }));
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else if (a.key !== b.key) {
      return sign * (a.key - b.key);
    }
    return a.view.credentialId - b.view.credentialId;
  });
  return rows.map((row) => row.view);
}
