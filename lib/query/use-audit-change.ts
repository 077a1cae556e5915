"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { AuditSnapshot } from "@/lib/inventory/load";
import { auditQuery } from "@/lib/query/audit";

/**
 * The one way to say "the audit changed at OVH, read it again": optionally patch the cached audit so
 * the page shows the change at once, then read it fresh (past the server's cache and OVH's list
 * cache). The fresh read replaces the patch with what OVH says.
 */
export function useAuditChange() {
  const queryClient = useQueryClient();
  return useCallback(
    async (patch?: (snapshot: AuditSnapshot) => AuditSnapshot) => {
      // A read already in flight may predate the change; cancelled before patching, as a cancel
      // restores the state the read started from.
      await queryClient.cancelQueries({ queryKey: auditQuery.key });
      if (patch) queryClient.setQueryData<AuditSnapshot>(auditQuery.key, (old) => (old ? patch(old) : old));
      // A failed read lands in the query's error state, which the pages already show.
      await queryClient.fetchQuery({ ...auditQuery.options({ fresh: true }), staleTime: 0 }).catch(() => undefined);
    },
    [queryClient],
  );
}

/** A patch that sets one credential's allowed IPs in the cached audit. */
export function withAllowedIps(credentialId: number, allowedIPs: string[] | null) {
  return (snapshot: AuditSnapshot): AuditSnapshot => ({
    ...snapshot,
    credentials: snapshot.credentials.map((view) =>
      view.credentialId === credentialId ? { ...view, allowedIPs } : view,
    ),
  });
}
