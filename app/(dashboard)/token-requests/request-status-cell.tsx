"use client";

import { useQuery } from "@tanstack/react-query";
import { tokenRequestStatusQuery } from "@/lib/query/token-requests";
import { TokenRequestStatusBadge } from "./status-badge";

/** A list row's live status: polled like the status page while the request waits for validation. */
export function RequestStatusCell({ id, followable }: { id: string; followable: boolean }) {
  const query = useQuery({ ...tokenRequestStatusQuery.options(id), enabled: followable });
  if (!followable) return <TokenRequestStatusBadge status="untracked" />;
  if (query.data) return <TokenRequestStatusBadge status={query.data.status} />;
  if (query.isError) return <span className="text-xs text-red-700">Status unavailable</span>;
  return <span className="text-xs text-slate-500">Checking…</span>;
}
