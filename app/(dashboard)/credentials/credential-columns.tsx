"use client";

import type { ColumnDef, RowData } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { FindingBadge } from "@/components/finding-badge";
import { Checkbox } from "@/components/ui/checkbox";
import { summarizeRules } from "@/lib/audit/rule-description";
import type { CredentialView } from "@/lib/audit/types";
import { clampText, formatDate, formatDateTime, formatRelative } from "@/lib/ui/format";

declare module "@tanstack/react-table" {
  interface TableMeta<TData extends RowData> {
    /**
     * The header checkbox's state over the rows the filters show. The table's data is the full list
     * (see credentials-table.tsx), so TanStack's own getIsAllRowsSelected would answer for all of it.
     */
    shownSelection?: { all: boolean; some: boolean; toggle: (value: boolean) => void };
  }
}

// More than a line of the application column holds on the widest screens; the title keeps the full name.
const NAME_SHOWN = 200;

// Column ids match the sort columns in lib/audit/credential-sort.ts so a header click maps to the URL.
export function credentialColumns(now: number): ColumnDef<CredentialView>[] {
  return [
    {
      id: "select",
      size: 40,
      enableHiding: false,
      header: ({ table }) => {
        const shown = table.options.meta?.shownSelection;
        return (
          <Checkbox
            aria-label="Select all shown credentials"
            // Mixed wins over checked, as a native indeterminate box shows; a click always flips `all`, as one does.
            checked={shown?.some ? "indeterminate" : (shown?.all ?? false)}
            onCheckedChange={() => shown?.toggle(!shown.all)}
          />
        );
      },
      cell: ({ row }) => (
        <Checkbox
          aria-label={`Select credential ${row.original.credentialId}`}
          checked={row.getIsSelected()}
          disabled={!row.getCanSelect()}
          title={row.getCanSelect() ? undefined : "The credential this session uses cannot be selected."}
          onCheckedChange={(checked) => row.toggleSelected(checked === true)}
        />
      ),
    },
    {
      id: "id",
      header: "ID",
      size: 130,
      cell: ({ row }) => (
        <span className="block leading-tight">
          <CredentialLink id={row.original.credentialId} />
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
              {application ? clampText(application.name, NAME_SHOWN) : `Application ${row.original.applicationId}`}
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

/**
 * Prefetched when pointed at or focused, not when scrolled into view: Next prefetches every visible
 * link, so each filter change or scroll sent a request per new row (twenty-odd after the page loads,
 * processed while the first keystroke waited for its repaint) for pages rarely opened.
 */
function CredentialLink({ id }: { id: number }) {
  const router = useRouter();
  const href = `/credentials/${id}`;
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      className="font-mono text-blue-800 hover:underline"
    >
      #{id}
    </Link>
  );
}
