"use client";

import type { VisibilityState } from "@tanstack/react-table";
import { useMemo } from "react";
import { statusLabel } from "@/components/credential-status-badge";
import { MultiSelectMenu } from "@/components/multi-select-menu";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { CredentialFilters } from "@/lib/audit/filters";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import type { AuditSnapshot } from "@/lib/audit/snapshot";
import { countByFinding, countByStatus } from "@/lib/audit/summary";
import { type CredentialView, findingIds } from "@/lib/audit/types";
import { credentialStatuses } from "@/lib/ovh/enums";
import { ExportMenu } from "./export-menu";

type Props = {
  data: AuditSnapshot;
  rows: CredentialView[];
  filters: CredentialFilters;
  setFilters: (patch: Partial<CredentialFilters>) => void;
  columnVisibility: VisibilityState;
  setColumnVisibility: (visibility: VisibilityState) => void;
  selectedCount: number;
  expiredCount: number;
  onRevokeSelected: () => void;
  onRemoveExpired: () => void;
  onSelectAllMatching: () => void;
  onClearSelection: () => void;
  refreshing: boolean;
};

const hideable = [
  { value: "application", label: "Application" },
  { value: "rules", label: "Rules" },
  { value: "allowedIPs", label: "Allowed IPs" },
  { value: "creation", label: "Created" },
  { value: "expiration", label: "Expires" },
  { value: "lastUse", label: "Last use" },
  { value: "findings", label: "Findings" },
] as const;

export function CredentialsToolbar(props: Props) {
  const { data, rows, filters, setFilters } = props;
  // Counting 5,000 credentials on every keystroke would cost more than the filtering itself.
  const statusCounts = useMemo(() => countByStatus(data.credentials), [data.credentials]);
  const findingCounts = useMemo(() => countByFinding(data.credentials), [data.credentials]);
  const visibleColumns = hideable
    .filter((column) => props.columnVisibility[column.value] !== false)
    .map((c) => c.value);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Input
          type="search"
          aria-label="Search credentials"
          placeholder="Search id, application, rule, IP…"
          defaultValue={filters.q}
          onChange={(event) => setFilters({ q: event.target.value })}
          className="h-9 w-72"
        />
        <MultiSelectMenu
          label="Status"
          options={credentialStatuses.map((status) => ({
            value: status,
            label: statusLabel(status),
            count: statusCounts[status],
          }))}
          selected={filters.status}
          onChange={(status) => setFilters({ status })}
        />
        <MultiSelectMenu
          label="Finding"
          options={findingIds.map((id) => ({ value: id, label: findingLabels[id].title, count: findingCounts[id] }))}
          selected={filters.finding}
          onChange={(finding) => setFilters({ finding })}
        />
        <Select
          aria-label="Application"
          value={filters.application ?? ""}
          onChange={(event) => setFilters({ application: event.target.value ? Number(event.target.value) : null })}
          className="h-9 w-56"
        >
          <option value="">All applications</option>
          {data.applications.map((application) => (
            <option key={application.applicationId} value={application.applicationId}>
              {application.name.slice(0, 60)}
              {application.owned ? "" : " (foreign)"}
            </option>
          ))}
        </Select>
        <MultiSelectMenu
          label="Columns"
          options={hideable.map((column) => ({ value: column.value, label: column.label }))}
          selected={visibleColumns}
          onChange={(shown) =>
            props.setColumnVisibility(
              Object.fromEntries(hideable.map((column) => [column.value, shown.includes(column.value)])),
            )
          }
        />
        <ExportMenu rows={rows} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {rows.length === data.credentials.length
            ? `${rows.length} credentials`
            : `${rows.length} of ${data.credentials.length} credentials match`}
          {props.selectedCount > 0 && ` · ${props.selectedCount} selected`}
          {props.refreshing && " · refreshing…"}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={props.onSelectAllMatching} disabled={rows.length === 0}>
            Select all {rows.length} matching
          </Button>
          {props.selectedCount > 0 && (
            <Button size="sm" variant="ghost" onClick={props.onClearSelection}>
              Clear selection
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={props.onRemoveExpired} disabled={props.expiredCount === 0}>
            Remove expired ({props.expiredCount})
          </Button>
          <Button size="sm" variant="danger" onClick={props.onRevokeSelected} disabled={props.selectedCount === 0}>
            Revoke selected ({props.selectedCount})
          </Button>
        </div>
      </div>
    </div>
  );
}
