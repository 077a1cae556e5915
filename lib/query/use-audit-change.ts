"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { AuditSnapshot } from "@/lib/inventory/load";
import { auditQuery, markInventoryChanged } from "@/lib/query/audit";

/**
 * After a change at OVH: optionally patch the cached audit so the page shows it at once, then refetch
 * it past OVH's list cache. The refetch replaces the patch with what OVH says.
 */
export function useAuditChange() {
  const queryClient = useQueryClient();
  return useCallback(
    (patch?: (snapshot: AuditSnapshot) => AuditSnapshot) => {
      if (patch) queryClient.setQueryData<AuditSnapshot>(auditQuery.key, (old) => (old ? patch(old) : old));
      markInventoryChanged();
      return queryClient.invalidateQueries({ queryKey: auditQuery.key });
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
