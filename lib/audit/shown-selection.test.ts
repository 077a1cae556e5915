import assert from "node:assert/strict";
import { test } from "node:test";
import { createTable, getCoreRowModel, type RowSelectionState } from "@tanstack/react-table";
import { allShownSelected, someShownSelected, toggleAllShown } from "./shown-selection";
import { makeView } from "./test-fixtures";
import type { CredentialView } from "./types";

const shown = [
  makeView({ credentialId: 1 }),
  makeView({ credentialId: 2 }, { isCurrent: true }),
  makeView({ credentialId: 3 }),
];

test("all shown are selected when every selectable shown row is, the session's own aside", () => {
  assert.equal(allShownSelected(shown, { "1": true, "3": true }), true);
  assert.equal(allShownSelected(shown, { "1": true }), false);
  assert.equal(allShownSelected(shown, {}), false);
  assert.equal(allShownSelected([], { "1": true }), false);
  // Only the session's own credential shown: nothing selectable, but a selection elsewhere exists.
  assert.equal(allShownSelected([makeView({ credentialId: 2 }, { isCurrent: true })], { "9": true }), true);
});

test("the indeterminate state counts every selected id against the rows shown, as TanStack does", () => {
  assert.equal(someShownSelected(shown, {}), false);
  assert.equal(someShownSelected(shown, { "1": true }), true);
  assert.equal(someShownSelected(shown, { "1": true, "3": true }), true);
  assert.equal(someShownSelected(shown, { "1": true, "3": true, "9": true }), false);
  assert.equal(someShownSelected(shown.slice(0, 1), { "7": true, "8": true }), false);
});

test("toggling all shown selects the selectable shown rows and clears only shown rows", () => {
  assert.deepEqual(toggleAllShown(shown, { "9": true }, true), { "1": true, "3": true, "9": true });
  assert.deepEqual(toggleAllShown(shown, { "1": true, "3": true, "9": true }, false), { "9": true });
  const selection = { "1": true };
  toggleAllShown(shown, selection, true);
  assert.deepEqual(selection, { "1": true }, "the selection passed in is left as it was");
});

test("the answers match TanStack Table's own over the same rows", () => {
  const views = [
    ...shown,
    makeView({ credentialId: 4 }),
    makeView({ credentialId: 5 }),
    makeView({ credentialId: 6 }, { isCurrent: true }),
  ];
  const selections: Record<string, boolean>[] = [
    {},
    { "1": true },
    { "1": true, "3": true, "4": true, "5": true },
    { "1": true, "3": true, "4": true, "5": true, "42": true },
    { "42": true },
    { "1": true, "42": true, "43": true, "44": true, "45": true, "46": true, "47": true },
  ];
  for (const rows of [views, views.slice(0, 3), views.slice(3), [views[1] as CredentialView], []]) {
    for (const rowSelection of selections) {
      let updated: RowSelectionState = rowSelection;
      const table = createTable<CredentialView>({
        data: rows,
        columns: [{ id: "select" }],
        getRowId: (row) => String(row.credentialId),
        getCoreRowModel: getCoreRowModel(),
        enableRowSelection: (row) => !row.original.isCurrent,
        state: { rowSelection },
        onStateChange: () => {},
        onRowSelectionChange: (updater) => {
          updated = typeof updater === "function" ? updater(rowSelection) : updater;
        },
        renderFallbackValue: null,
      });
      const label = `${rows.map((row) => row.credentialId)} / ${Object.keys(rowSelection)}`;
      assert.equal(allShownSelected(rows, rowSelection), table.getIsAllRowsSelected(), label);
      assert.equal(someShownSelected(rows, rowSelection), table.getIsSomeRowsSelected(), label);
      for (const value of [true, false]) {
        table.toggleAllRowsSelected(value);
        assert.deepEqual(toggleAllShown(rows, rowSelection, value), updated, `${label} → ${value}`);
      }
    }
  }
});
