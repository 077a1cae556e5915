"use client";

import { useQuery } from "@tanstack/react-query";
import type { RowSelectionState, VisibilityState } from "@tanstack/react-table";
import { useCallback, useEffect, useMemo, useState } from "react";
import { InventoryGapsAlert } from "@/components/inventory-gaps-alert";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { filterCredentials, prepareCredentialSearch, type SortColumn, sortCredentials } from "@/lib/audit/filters";
import { selectExpired } from "@/lib/audit/selection";
import type { CredentialView } from "@/lib/audit/types";
import { auditQuery } from "@/lib/query/audit";
import { ApiRequestError } from "@/lib/query/get-json";
import { useAuditChange } from "@/lib/query/use-audit-change";
import { BulkRevokeDialog } from "./bulk-revoke-dialog";
import { CredentialsTable } from "./credentials-table";
import { CredentialsToolbar } from "./credentials-toolbar";
import { useCredentialFilters } from "./use-credential-filters";

const noCredentials: CredentialView[] = [];

/** Runs `work` in the browser's next idle period, telling it whether time is left; returns a cancel. */
function whenIdle(work: (hasTime: () => boolean) => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1));
    return () => window.cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: slices of a few milliseconds between tasks stand in.
  const timer = setTimeout(() => {
    const start = performance.now();
    work(() => performance.now() - start < 5);
  }, 50);
  return () => clearTimeout(timer);
}

export function CredentialsView() {
  const { data, error, refetch, isFetching } = useQuery(auditQuery.options());
  const auditChanged = useAuditChange();
  const { filters, shown, setFilters } = useCredentialFilters();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({ allowedIPs: false, creation: false });
  const [dialog, setDialog] = useState<null | "selected" | "expired">(null);

  const all = data?.credentials ?? noCredentials;
  // Sorted once per sort change, then filtered on every keystroke: filtering keeps the order it is
  // given (lib/audit/filters.test.ts checks it), so a keystroke does no sorting at all.
  const { sort, dir } = shown;
  const sorted = useMemo(() => sortCredentials(all, sort, dir), [all, sort, dir]);
  const rows = useMemo(() => filterCredentials(sorted, shown), [sorted, shown]);
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

  // The first search would build the search text of every credential (tens of milliseconds for 5,000
  // on a freshly loaded page) between the keystroke and its repaint: build it in idle periods once
  // the list has arrived instead, a slice at a time so an early keystroke is not kept waiting on it.
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const step = (hasTime: () => boolean) => {
      next = prepareCredentialSearch(all, next, hasTime);
      if (next < all.length) cancel = whenIdle(step);
    };
    if (all.length > 0) cancel = whenIdle(step);
    return () => cancel();
  }, [all]);

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
        <InventoryGapsAlert gaps={data.gaps} onRetry={() => void auditChanged()} retrying={isFetching} />
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
          all={all}
          rows={rows}
          now={data.now}
          sort={sort}
          dir={dir}
          onSort={onSort}
          selection={selection}
          onSelectionChange={setSelection}
          columnVisibility={columnVisibility}
        />
      )}
      <BulkRevokeDialog
        kind={dialog === "expired" ? "remove-expired" : "revoke-selected"}
        open={dialog !== null}
        // Cancelling keeps the selection: the admin may adjust it and try again.
        onOpenChange={(open) => !open && setDialog(null)}
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
