"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { FindingBadge } from "@/components/finding-badge";
import { summarizeRules } from "@/lib/audit/rule-description";
import type { CredentialView } from "@/lib/audit/types";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format";

// Column ids match the sort columns in lib/audit/credential-sort.ts so a header click maps to the URL.
export function credentialColumns(now: number): ColumnDef<CredentialView>[] {
  return [
    {
      id: "select",
      size: 40,
      enableHiding: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="Select all shown credentials"
          checked={table.getIsAllRowsSelected()}
          ref={(el) => {
            if (el) el.indeterminate = table.getIsSomeRowsSelected();
          }}
          onChange={table.getToggleAllRowsSelectedHandler()}
          className="size-4 accent-blue-700"
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select credential ${row.original.credentialId}`}
          checked={row.getIsSelected()}
          disabled={!row.getCanSelect()}
          title={row.getCanSelect() ? undefined : "The credential this session uses cannot be selected."}
          onChange={row.getToggleSelectedHandler()}
          className="size-4 accent-blue-700"
        />
      ),
    },
    {
      id: "id",
      header: "ID",
      size: 130,
      cell: ({ row }) => (
        <span className="block leading-tight">
          <Link href={`/credentials/${row.original.credentialId}`} className="font-mono text-blue-800 hover:underline">
            #{row.original.credentialId}
          </Link>
          {row.original.isCurrent && (
            <span className="block text-[10px] font-semibold tracking-wide text-blue-800 uppercase">this session</span>
          )}
        </span>
      ),
    },
    {
      id: "status",
      header: "Status",
      size: 110,
      cell: ({ row }) => <CredentialStatusBadge status={row.original.status} />,
    },
    {
      id: "application",
      header: "Application",
      size: 220,
      cell: ({ row }) => {
        const application = row.original.application;
        return (
          <span className="block min-w-0">
            <span className="untrusted-text line-clamp-1" title={application?.name}>
              {application?.name ?? `Application ${row.original.applicationId}`}
            </span>
            <span className="block truncate text-xs text-slate-500">
              {application ? `${application.applicationKey}${application.owned ? "" : " · foreign"}` : "unknown"}
            </span>
          </span>
        );
      },
    },
    {
      id: "rules",
      header: "Rules",
      size: 200,
      cell: ({ row }) => (
        <span
          className="line-clamp-2 text-xs"
          title={row.original.rules.map((r) => `${r.method} ${r.path}`).join("\n")}
        >
          {summarizeRules(row.original.rules)}
        </span>
      ),
    },
    {
      id: "allowedIPs",
      header: "Allowed IPs",
      size: 140,
      cell: ({ row }) => (
        <span className="line-clamp-2 font-mono text-xs">
          {row.original.allowedIPs?.length ? (
            row.original.allowedIPs.join(", ")
          ) : (
            <span className="text-slate-400">any</span>
          )}
        </span>
      ),
    },
    {
      id: "creation",
      header: "Created",
      size: 110,
      cell: ({ row }) => <TimeCell iso={row.original.creation} now={now} dateOnly />,
    },
    {
      id: "expiration",
      header: "Expires",
      size: 120,
      cell: ({ row }) => <TimeCell iso={row.original.expiration} now={now} empty="never" />,
    },
    {
      id: "lastUse",
      header: "Last use",
      size: 120,
      cell: ({ row }) => <TimeCell iso={row.original.lastUse} now={now} empty="never" />,
    },
    {
      id: "findings",
      header: "Findings",
      size: 260,
      cell: ({ row }) => (
        <span
          className="flex items-center gap-1 overflow-hidden"
          title={row.original.findings.map((f) => f.title).join(", ")}
        >
          {row.original.findings.slice(0, 1).map((finding) => (
            <FindingBadge key={finding.id} finding={finding} />
          ))}
          {row.original.findings.length > 1 && (
            <span className="shrink-0 text-xs text-slate-500">+{row.original.findings.length - 1} more</span>
          )}
          {row.original.findings.length === 0 && <span className="text-xs text-slate-400">none</span>}
        </span>
      ),
    },
  ];
}

function TimeCell({
  iso,
  now,
  empty = "—",
  dateOnly,
}: {
  iso: string | null;
  now: number;
  empty?: string;
  dateOnly?: boolean;
}) {
  if (!iso) return <span className="text-xs text-slate-400">{empty}</span>;
  return (
    <span className="text-xs" title={formatDateTime(iso)}>
      {dateOnly ? formatDate(iso) : formatRelative(iso, now)}
    </span>
  );
}
