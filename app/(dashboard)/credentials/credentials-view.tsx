"use client";

import { useQuery } from "@tanstack/react-query";
import type { RowSelectionState, VisibilityState } from "@tanstack/react-table";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { InventoryGapsAlert } from "@/components/inventory-gaps-alert";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { filterCredentials, type SortColumn, sortCredentials } from "@/lib/audit/filters";
import { selectExpired } from "@/lib/audit/selection";
import { ApiRequestError, auditQuery, markInventoryChanged } from "@/lib/queries";
import { BulkRevokeDialog } from "./bulk-revoke-dialog";
import { CredentialsTable } from "./credentials-table";
import { CredentialsToolbar } from "./credentials-toolbar";
import { useCredentialFilters } from "./use-credential-filters";

export function CredentialsView() {
  const { data, error, refetch, isFetching } = useQuery(auditQuery.options());
  const { filters, setFilters } = useCredentialFilters();
  const deferredFilters = useDeferredValue(filters);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({ allowedIPs: false, creation: false });
  const [dialog, setDialog] = useState<null | "selected" | "expired">(null);

  const all = data?.credentials ?? [];
  const rows = useMemo(
    () => sortCredentials(filterCredentials(all, deferredFilters), deferredFilters.sort, deferredFilters.dir),
    [all, deferredFilters],
  );
  const selected = useMemo(
    () => all.filter((view) => selection[String(view.credentialId)] && !view.isCurrent),
    [all, selection],
  );
  const expired = useMemo(() => (data ? selectExpired(all, data.now, data.currentCredentialId) : []), [all, data]);

  const onSort = useCallback(
    (column: SortColumn) =>
      setFilters((current) =>
        current.sort === column
          ? { dir: current.dir === "asc" ? "desc" : "asc" }
          : { sort: column, dir: column === "findings" ? "desc" : "asc" },
      ),
    [setFilters],
  );

  const hasData = data !== undefined;
  // Marks the moment the table is interactive; `npm run bench` reads it to time render plus hydration.
  useEffect(() => {
    if (hasData && performance.getEntriesByName("credentials-ready").length === 0)
      performance.mark("credentials-ready");
  }, [hasData]);

  // The overview's "Remove expired" lands here with remove-expired=1: open the preview once, then drop the flag.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (!hasData || params.get("remove-expired") !== "1") return;
    params.delete("remove-expired");
    window.history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
    setDialog("expired");
  }, [hasData]);

  if (!data) {
    if (error) {
      return (
        <Alert tone="error">
          The credentials could not be loaded: {error.message}
          {error instanceof ApiRequestError && <QueryId value={error.queryId} />}
          <Button size="sm" variant="secondary" className="mt-2 block" onClick={() => refetch()}>
            Retry
          </Button>
        </Alert>
      );
    }
    return <p className="text-sm text-slate-600">Loading credentials…</p>;
  }

  return (
    <div className="space-y-3">
      {error && (
        <Alert tone="warning">
          Showing the last loaded list: refreshing failed ({error.message}).{" "}
          <button type="button" className="font-medium underline" onClick={() => refetch()}>
            Retry
          </button>
        </Alert>
      )}
      {data.gaps && !error && (
        <InventoryGapsAlert
          gaps={data.gaps}
          onRetry={() => {
            markInventoryChanged();
            void refetch();
          }}
          retrying={isFetching}
        />
      )}
      <CredentialsToolbar
        data={data}
        rows={rows}
        filters={filters}
        setFilters={setFilters}
        columnVisibility={columnVisibility}
        setColumnVisibility={setColumnVisibility}
        selectedCount={selected.length}
        expiredCount={expired.length}
        onRevokeSelected={() => setDialog("selected")}
        onRemoveExpired={() => setDialog("expired")}
        onSelectAllMatching={() =>
          setSelection(
            Object.fromEntries(rows.filter((row) => !row.isCurrent).map((row) => [String(row.credentialId), true])),
          )
        }
        onClearSelection={() => setSelection({})}
        refreshing={isFetching}
      />
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">
            {all.length === 0 ? "This account has no credentials." : "No credential matches these filters."}
          </p>
          {all.length > 0 && (
            <Button
              variant="secondary"
              size="sm"
              className="mt-3"
              onClick={() => setFilters({ status: [], finding: [], application: null, q: "" })}
            >
              Clear filters
            </Button>
          )}
        </div>
      ) : (
        <CredentialsTable
          rows={rows}
          now={data.now}
          sort={deferredFilters.sort}
          dir={deferredFilters.dir}
          onSort={onSort}
          selection={selection}
          onSelectionChange={setSelection}
          columnVisibility={columnVisibility}
        />
      )}
      <BulkRevokeDialog
        open={dialog !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDialog(null);
            setSelection({});
          }
        }}
        title={
          dialog === "expired"
            ? `Remove ${expired.length} expired and refused credentials`
            : `Revoke ${selected.length} selected credentials`
        }
        credentials={dialog === "expired" ? expired : selected}
      />
    </div>
  );
}
