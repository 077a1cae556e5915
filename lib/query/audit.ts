import { queryOptions } from "@tanstack/react-query";
import { type AuditSnapshot, type AuditWire, buildAuditSnapshot } from "@/lib/audit/snapshot";
import { getJson } from "@/lib/query/get-json";

// Cache contracts shared by server prefetch and client components: one key and one fetcher per resource.

export const auditQuery = {
  key: ["audit"] as const,
  /** `fresh` bypasses the server's audit cache and OVH's list cache: a read right after a change. */
  options: ({ fresh = false }: { fresh?: boolean } = {}) =>
    queryOptions({
      queryKey: auditQuery.key,
      // The route sends the inventory; findings are derived here, as the server does for its prefetch.
      queryFn: () =>
        getJson<AuditWire>(`/api/credentials${fresh ? "?fresh=1" : ""}`).then(
          (wire): AuditSnapshot => buildAuditSnapshot(wire),
        ),
      staleTime: 60_000,
    }),
};
