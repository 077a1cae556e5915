import { queryOptions } from "@tanstack/react-query";
import { type AuditSnapshot, type AuditWire, buildAuditSnapshot } from "@/lib/audit/snapshot";
import { getJson } from "@/lib/query/get-json";

// Cache contracts shared by server prefetch and client components: one key and one fetcher per resource.

/** After a change, the next list bypasses OVH's cache (Pragma: no-cache on the server side). */
let freshNext = false;
export function markInventoryChanged() {
  freshNext = true;
}

export const auditQuery = {
  key: ["audit"] as const,
  options: () =>
    queryOptions({
      queryKey: auditQuery.key,
      queryFn: () => {
        const fresh = freshNext;
        freshNext = false;
        // The route sends the inventory; findings are derived here, as the server does for its prefetch.
        return getJson<AuditWire>(`/api/credentials${fresh ? "?fresh=1" : ""}`).then(
          (wire): AuditSnapshot => buildAuditSnapshot(wire),
        );
      },
      staleTime: 60_000,
    }),
};
