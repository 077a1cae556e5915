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

function compareKeys(a: Exclude<SortKey, null>, b: Exclude<SortKey, null>): number {
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  return (a as number) - (b as number);
}

/** A sorted copy; the input is left as it was. */
export function sortCredentials(
  views: readonly CredentialView[],
  column: SortColumn,
  dir: SortDirection,
): CredentialView[] {
  const sign = dir === "asc" ? 1 : -1;
  const rows = views.map((view) => ({ view, key: sortKey(view, column) }));
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order = compareKeys(a.key, b.key);
      if (order !== 0) return sign * order;
    }
    return a.view.credentialId - b.view.credentialId;
  });
  return rows.map((row) => row.view);
}
