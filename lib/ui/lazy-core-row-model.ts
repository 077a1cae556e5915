import { createRow, memo, type Row, type RowData, type RowModel, type Table } from "@tanstack/table-core";

// TanStack Table's getCoreRowModel builds a Row (an object with dozens of closures) for every item
// of the data as soon as the data changes. The credentials table renders only the few dozen rows
// in view out of thousands, so that up-front work was most of the page's first render: about
// 100 ms for 5,000 credentials in Chromium, before the first row could paint.
//
// This row model holds the same rows with the same ids, and builds each one the first time it is
// asked for, then keeps it (so a row that stays on screen stays the same object and its memoised
// component does not re-render). `rowsById[id]` builds one row; reading `rows` or `flatRows`, or
// enumerating `rowsById`, builds them all, so every TanStack feature still sees the complete model.
// Flat data only: sub-rows (getSubRows) are not supported.

export function getLazyCoreRowModel<TData extends RowData>(): (table: Table<TData>) => () => RowModel<TData> {
  return (table) =>
    memo(
      () => [table.options.data],
      (data) => lazyRowModel(table, data),
      { key: "getLazyCoreRowModel" },
    );
}

function lazyRowModel<TData extends RowData>(table: Table<TData>, data: readonly TData[]): RowModel<TData> {
  if (table.options.getSubRows) throw new Error("getLazyCoreRowModel does not support sub-rows.");
  const built: (Row<TData> | undefined)[] = new Array(data.length);
  let indexById: Map<string, number> | undefined;
  let every: Row<TData>[] | undefined;

  const rowAt = (index: number): Row<TData> => {
    let row = built[index];
    if (!row) {
      const original = data[index] as TData;
      row = createRow(table, table._getRowId(original, index), original, index, 0);
      built[index] = row;
    }
    return row;
  };
  const indexOf = (id: string | symbol): number | undefined => {
    if (typeof id !== "string") return undefined;
    if (!indexById) {
      indexById = new Map();
      for (let index = 0; index < data.length; index++)
        indexById.set(table._getRowId(data[index] as TData, index), index);
    }
    return indexById.get(id);
  };
  const allRows = (): Row<TData>[] => {
    every ??= Array.from(data, (_, index) => rowAt(index));
    return every;
  };

  const rowsById = new Proxy({} as Record<string, Row<TData>>, {
    get: (_, id) => {
      const index = indexOf(id);
      return index === undefined ? undefined : rowAt(index);
    },
    has: (_, id) => indexOf(id) !== undefined,
    ownKeys: () => allRows().map((row) => row.id),
    getOwnPropertyDescriptor: (_, id) => {
      const index = indexOf(id);
      if (index === undefined) return undefined;
      return { value: rowAt(index), writable: false, enumerable: true, configurable: true };
    },
  });

  return {
    get rows() {
      return allRows();
    },
    get flatRows() {
      return allRows();
    },
    rowsById,
  };
}
