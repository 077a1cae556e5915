import type { CredentialView } from "./types";

// The credentials table's "select all shown" checkbox. TanStack Table answers this from its row
// model, which it rebuilds (a Row object with dozens of closures per credential) whenever its data
// changes; the table now keeps the full list as its data so a keystroke builds no rows, and these
// functions give the header the same answers over the rows the filters show. They reproduce
// TanStack's getIsAllRowsSelected, getIsSomeRowsSelected and toggleAllRowsSelected exactly,
// quirks included, so the checkbox behaves as it did.

/** Row selection as TanStack Table keeps it: credential id (as a string) to true. */
export type ShownRowSelection = Record<string, boolean>;

const rowId = (view: Pick<CredentialView, "credentialId">) => String(view.credentialId);

/** Every selectable shown row is selected (the session's own credential cannot be, so it is skipped). */
export function allShownSelected(
  shown: readonly Pick<CredentialView, "credentialId" | "isCurrent">[],
  selection: ShownRowSelection,
): boolean {
  if (shown.length === 0 || Object.keys(selection).length === 0) return false;
  return !shown.some((view) => !view.isCurrent && !selection[rowId(view)]);
}

/**
 * The header's indeterminate state. Like TanStack, it compares the number of selected ids, wherever
 * they are, with the number of rows shown: a selection made under another filter still counts.
 */
export function someShownSelected(shown: readonly unknown[], selection: ShownRowSelection): boolean {
  const total = Object.keys(selection).length;
  return total > 0 && total < shown.length;
}

/** Selects every selectable shown row, or deselects every shown row; rows not shown keep their state. */
export function toggleAllShown(
  shown: readonly Pick<CredentialView, "credentialId" | "isCurrent">[],
  selection: ShownRowSelection,
  value: boolean,
): ShownRowSelection {
  const next = { ...selection };
  for (const view of shown) {
    if (!value) delete next[rowId(view)];
    else if (!view.isCurrent) next[rowId(view)] = true;
  }
  return next;
}
