import { queryOptions } from "@tanstack/react-query";
import { getJson } from "@/lib/query/get-json";
import { isFinalStatus, type TokenRequestStatusView } from "@/lib/token-requests/status";

// Cache contract of a token request's status: the status page and the list poll it every 2 s
// until the status can no longer change by itself (validated, refused, expired…).

export const POLL_INTERVAL_MS = 2000;

export const tokenRequestStatusQuery = {
  key: (id: string) => ["token-request", id] as const,
  options: (id: string) =>
    queryOptions({
      queryKey: tokenRequestStatusQuery.key(id),
      queryFn: () => getJson<TokenRequestStatusView>(`/api/token-requests?id=${encodeURIComponent(id)}`),
      refetchInterval: (query) => (isFinalStatus(query.state.data?.status) ? false : POLL_INTERVAL_MS),
      refetchIntervalInBackground: true,
      staleTime: 0,
      retry: 2,
    }),
};
