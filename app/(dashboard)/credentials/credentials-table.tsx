"use client";

import {
  flexRender,
  type Row,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef } from "react";
import { type SortColumn, type SortDirection, sortColumns } from "@/lib/audit/filters";
import { allShownSelected, someShownSelected, toggleAllShown } from "@/lib/audit/shown-selection";
import type { CredentialView } from "@/lib/audit/types";
import { cn } from "@/lib/ui/cn";
import { getLazyCoreRowModel } from "@/lib/ui/lazy-core-row-model";
import { credentialColumns } from "./credential-columns";

type Props = {
  /** Every credential: the table's data, whose identity changes only when the audit is reloaded. */
  all: CredentialView[];
  /** The credentials the filters show, in display order: a subset of `all`. */
  rows: CredentialView[];
  now: number;
  sort: SortColumn;
  dir: SortDirection;
  onSort: (column: SortColumn) => void;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  columnVisibility: VisibilityState;
};

const ROW_HEIGHT = 56;

/**
 * A column's share of the row. Columns grow in proportion to their size and the table is never
 * narrower than the sizes added up, so this is exactly the width a `minmax(size, size/100 fr)` grid
 * track gets. Rows are flex rows of these fixed widths rather than grids: a keystroke lays out every
 * row it brings into view, and Chromium lays out a flex row measurably faster (~20% in traces).
 */
function columnWidth(size: number, totalSize: number): string {
  return `${(size / totalSize) * 100}%`;
}

const coreRowModel = getLazyCoreRowModel<CredentialView>();
const getRowId = (view: CredentialView) => String(view.credentialId);
const enableRowSelection = (row: Row<CredentialView>) => !row.original.isCurrent;

// Rows are filtered and sorted by lib/audit before they get here (use-credential-filters owns that
// state and mirrors it in the URL); TanStack Table owns columns, visibility and selection, and
// TanStack Virtual renders only the rows in view.
// TanStack's data is the full list, not the filtered rows, so a Row object (dozens of closures)
// is built once per credential and audit load, never per keystroke, and lazily (lib/lazy-core-row-model):
// only for the credentials that come into view. The filtered list picks which Rows are rendered;
// the header checkbox gets its answers from lib/audit/shown-selection.
// Memoised: a keystroke first re-renders with the previous (deferred) rows, which need no table work.
export const CredentialsTable = memo(function CredentialsTable({
  all,
  rows,
  now,
  sort,
  dir,
  onSort,
  selection,
  onSelectionChange,
  columnVisibility,
}: Props) {
  const columns = useMemo(() => credentialColumns(now), [now]);
  const shownSelection = useMemo(
    () => ({
      all: allShownSelected(rows, selection),
      some: someShownSelected(rows, selection),
      toggle: (value: boolean) => onSelectionChange(toggleAllShown(rows, selection, value)),
    }),
    [rows, selection, onSelectionChange],
  );
  const table = useReactTable({
    data: all,
    columns,
    getRowId,
    getCoreRowModel: coreRowModel,
    enableRowSelection,
    state: { rowSelection: selection, columnVisibility },
    onRowSelectionChange: (updater) => onSelectionChange(typeof updater === "function" ? updater(selection) : updater),
    meta: { shownSelection },
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsById = table.getCoreRowModel().rowsById;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const minWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0);

  return (
    <div
      ref={scrollRef}
      className="relative h-[calc(100vh-300px)] min-h-96 overflow-auto rounded-lg border border-slate-200 bg-white"
    >
      <table aria-label="Credentials" aria-rowcount={rows.length + 1} className="grid" style={{ minWidth }}>
        <thead className="sticky top-0 z-10 grid border-b border-slate-200 bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr aria-rowindex={1} key={group.id} className="flex">
              {group.headers.map((header) => {
                const sortable = (sortColumns as readonly string[]).includes(header.column.id);
                const active = sort === header.column.id;
                return (
                  <th
                    key={header.id}
                    aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                    className="flex shrink-0 items-center px-3 py-2 text-left text-xs font-semibold text-slate-600 uppercase"
                    style={{ width: columnWidth(header.column.getSize(), minWidth) }}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        onClick={() => onSort(header.column.id as SortColumn)}
                        className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className={cn(!active && "invisible")}>
                          {dir === "asc" ? "▲" : "▼"}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const view = rows[item.index];
            const row = view && rowsById[getRowId(view)];
            if (!row) return null;
            return (
              <CredentialRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start}
                totalSize={minWidth}
                selected={row.getIsSelected()}
                columnVisibility={columnVisibility}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

type RowProps = {
  row: Row<CredentialView>;
  index: number;
  start: number;
  /** The visible columns' sizes added up: the table's minimum width. */
  totalSize: number;
  selected: boolean;
  /** Not read here: getVisibleCells reads it from the table, but a change must re-render the row. */
  columnVisibility: VisibilityState;
};

// Memoised so a sort or a filter change renders only the rows that come into view (or move): Row
// objects are stable for an audit load, so a row that stays on screen compares equal.
const CredentialRow = memo(function CredentialRow({ row, index, start, totalSize, selected }: RowProps) {
  return (
    <tr
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-credential-id={row.id}
      className={cn(
        "absolute inset-x-0 flex items-center border-b border-slate-100 text-sm hover:bg-slate-50",
        selected && "bg-blue-50/60",
        row.original.isCurrent && "bg-blue-50/30",
      )}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          className="min-w-0 shrink-0 overflow-hidden px-3"
          style={{ width: columnWidth(cell.column.getSize(), totalSize) }}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});
