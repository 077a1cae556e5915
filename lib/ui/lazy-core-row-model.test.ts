import assert from "node:assert/strict";
import { test } from "node:test";
import {
  createTable,
  getCoreRowModel,
  type RowModel,
  type RowSelectionState,
  type TableFeature,
  type TableOptionsResolved,
  type TableState,
} from "@tanstack/table-core";
import { getLazyCoreRowModel } from "./lazy-core-row-model";

type Item = { id: number; name: string };
const items: Item[] = Array.from({ length: 1_000 }, (_, i) => ({ id: 10_000 + i, name: `item ${i}` }));

/** A table over `data` that counts the Rows it builds (a custom feature's createRow runs once per Row). */
function makeTable(data: Item[], rowModel: TableOptionsResolved<Item>["getCoreRowModel"]) {
  let built = 0;
  const counter: TableFeature = {
    createRow: () => {
      built += 1;
    },
  };
  let state: TableState = { rowSelection: {} } as TableState;
  const table = createTable<Item>({
    _features: [counter],
    data,
    columns: [{ id: "name", accessorKey: "name" }],
    getCoreRowModel: rowModel,
    getRowId: (item) => String(item.id),
    state,
    onStateChange: (updater) => {
      state = typeof updater === "function" ? updater(state) : updater;
      table.setOptions((options) => ({ ...options, state }));
    },
    renderFallbackValue: null,
  });
  table.setOptions((options) => ({ ...options, state: { ...table.initialState, ...state } }));
  return { table, built: () => built, selection: (): RowSelectionState => state.rowSelection };
}

test("a row is built when it is first asked for, and kept", () => {
  const { table, built } = makeTable(items, getLazyCoreRowModel());
  const model = table.getCoreRowModel();
  assert.equal(built(), 0, "no row before one is read");
  const row = model.rowsById["10500"];
  assert.equal(built(), 1);
  assert.equal(row?.original, items[500]);
  assert.equal(row?.index, 500);
  assert.equal(row?.getValue("name"), "item 500");
  assert.equal(table.getCoreRowModel().rowsById["10500"], row, "the same Row object on the next read");
  assert.equal(built(), 1);
  assert.equal(model.rowsById.nope, undefined);
  assert.equal("10001" in model.rowsById, true);
  assert.equal("nope" in model.rowsById, false);
  assert.equal(built(), 1, "`in` builds nothing");
});

test("rows, flatRows and enumeration give the same model as TanStack's own", () => {
  const lazy = makeTable(items, getLazyCoreRowModel()).table.getCoreRowModel();
  const eager: RowModel<Item> = makeTable(items, getCoreRowModel()).table.getCoreRowModel();
  const shape = (model: RowModel<Item>) => model.rows.map((row) => [row.id, row.index, row.original]);
  assert.deepEqual(shape(lazy), shape(eager));
  assert.deepEqual(
    lazy.flatRows.map((row) => row.id),
    eager.flatRows.map((row) => row.id),
  );
  assert.deepEqual(Object.keys(lazy.rowsById), Object.keys(eager.rowsById));
  assert.equal(lazy.rows[3], lazy.rowsById["10003"], "one Row per id, whichever way it is reached");
});

test("new data gets new rows; the same data keeps the model", () => {
  const { table } = makeTable(items, getLazyCoreRowModel());
  const first = table.getCoreRowModel();
  assert.equal(table.getCoreRowModel(), first);
  const changed = items.slice(0, 10);
  table.setOptions((options) => ({ ...options, data: changed }));
  const second = table.getCoreRowModel();
  assert.notEqual(second, first);
  assert.equal(second.rows.length, 10);
  assert.equal(second.rowsById["10500"], undefined);
});

test("selecting a row through TanStack's own toggle works on a lazily built row", () => {
  const { table, built, selection } = makeTable(items, getLazyCoreRowModel());
  table.getCoreRowModel().rowsById["10042"]?.toggleSelected(true);
  assert.deepEqual(selection(), { "10042": true });
  assert.equal(table.getCoreRowModel().rowsById["10042"]?.getIsSelected(), true);
  assert.ok(built() < 5, `toggling built ${built()} rows`);
});
