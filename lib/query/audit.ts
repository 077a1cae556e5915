import { queryOptions } from "@tanstack/react-query";
import { type AuditSnapshot, type AuditWire, buildAuditSnapshot } from "@/lib/audit/snapshot";

// Cache contracts shared by server prefetch and client components: one key and one fetcher per resource.

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly queryId?: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    if (response.status === 401 && typeof window !== "undefined") {
      window.location.assign(`/connect?reason=${reasonFor(error.code)}`);
    }
    throw new ApiRequestError(
      response.status,
      error.code ?? "unknown",
      error.message ?? `HTTP ${response.status}`,
      error.queryId,
    );
  }
  return body as T;
}

function reasonFor(code: unknown): string {
  if (code === "unauthorized:credential") return "credential-invalid";
  if (code === "unauthorized:session-unreadable") return "session-unreadable";
  return "disconnected";
}

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
