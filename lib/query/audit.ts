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
