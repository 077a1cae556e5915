"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { auditQuery, markInventoryChanged } from "@/lib/query/audit";
import { tokenRequestStatusQuery } from "@/lib/query/token-requests";

/** After a switch or a revocation: fresh status, fresh inventory, and a fresh header (session credential). */
export function useAfterChange(id: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return () => {
    markInventoryChanged();
    void queryClient.invalidateQueries({ queryKey: auditQuery.key });
    void queryClient.invalidateQueries({ queryKey: tokenRequestStatusQuery.key(id) });
    router.refresh();
  };
}
