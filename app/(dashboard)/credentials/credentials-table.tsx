"use client";

import {
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef } from "react";
import { type SortColumn, type SortDirection, sortColumns } from "@/lib/audit/filters";
import type { CredentialView } from "@/lib/audit/types";
import { cn } from "@/lib/cn";
import { credentialColumns } from "./credential-columns";

type Props = {
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

// Rows are filtered and sorted by lib/audit before they get here (the URL owns that state); TanStack
// Table owns columns, visibility and selection, and TanStack Virtual renders only the rows in view.
// Memoised: a keystroke first re-renders with the previous (deferred) rows, which need no table work.
export const CredentialsTable = memo(function CredentialsTable({
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
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => String(row.credentialId),
    getCoreRowModel: getCoreRowModel(),
    enableRowSelection: (row) => !row.original.isCurrent,
    state: { rowSelection: selection, columnVisibility },
    onRowSelectionChange: (updater) => onSelectionChange(typeof updater === "function" ? updater(selection) : updater),
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const template = visibleColumns
    .map((column) => `minmax(${column.getSize()}px, ${column.getSize() / 100}fr)`)
    .join(" ");
  const minWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0);

  return (
    <div
      ref={scrollRef}
      className="relative h-[calc(100vh-300px)] min-h-96 overflow-auto rounded-lg border border-slate-200 bg-white"
    >
      <table aria-label="Credentials" aria-rowcount={tableRows.length + 1} className="grid" style={{ minWidth }}>
        <thead className="sticky top-0 z-10 grid border-b border-slate-200 bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr aria-rowindex={1} key={group.id} className="grid" style={{ gridTemplateColumns: template }}>
              {group.headers.map((header) => {
                const sortable = (sortColumns as readonly string[]).includes(header.column.id);
                const active = sort === header.column.id;
                return (
                  <th
                    key={header.id}
                    aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                    className="flex items-center px-3 py-2 text-left text-xs font-semibold text-slate-600 uppercase"
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
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                key={row.id}
                data-credential-id={row.id}
                className={cn(
                  "absolute inset-x-0 grid items-center border-b border-slate-100 text-sm hover:bg-slate-50",
                  row.getIsSelected() && "bg-blue-50/60",
                  row.original.isCurrent && "bg-blue-50/30",
                )}
                style={{ gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="min-w-0 overflow-hidden px-3">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
