"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { tokenRequestStatusQuery } from "@/lib/query/token-requests";
import { useAuditChange } from "@/lib/query/use-audit-change";

/** After a switch or a revocation: fresh inventory, fresh status, and a fresh header (session credential). */
export function useAfterChange(id: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const auditChanged = useAuditChange();
  return () => {
    void auditChanged();
    void queryClient.invalidateQueries({ queryKey: tokenRequestStatusQuery.key(id) });
    router.refresh();
  };
}
