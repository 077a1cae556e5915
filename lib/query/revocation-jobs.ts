import { queryOptions } from "@tanstack/react-query";
import { getJson, sendJson } from "@/lib/query/get-json";
import { isFinished, type JobProgress, type JobSnapshot, type JobSpec } from "@/lib/revocation/job";

// The browser's side of revocation jobs (app/api/revocation-jobs; a job is named by `?id=` or `{ id }`,
// never by a path segment, like token requests): one contract for the job page, the
// header indicator and every button that starts a job. A job lives on the server, so a reload, another
// tab or another page finds it again by id (or as the session's active job).

/**
 * A running job is polled four times a second: progress moves at least once a second on screen, and the
 * final report shows at most a quarter of a second after the job ends (at 500 ms, a 1,700-credential
 * clean-up waited 250 ms on average for its last poll, a tenth of the whole run).
 */
export const JOB_POLL_MS = 250;

/** What the job routes answer: the snapshot whole (items, exclusions), and whether a start attached. */
export type RevocationJobAnswer = { job: JobSnapshot; attached?: boolean };

/** The header indicator's answer: progress only (no items), or null when the session has no recent job. */
export type ActiveRevocationJobAnswer = { job: JobProgress | null };

export const revocationJobQuery = {
  key: (id: string) => ["revocation-job", id] as const,
  options: (id: string) =>
    queryOptions({
      queryKey: revocationJobQuery.key(id),
      queryFn: () => getJson<RevocationJobAnswer>(`/api/revocation-jobs/job?id=${encodeURIComponent(id)}`),
      refetchInterval: (query) => (query.state.data && isFinished(query.state.data.job) ? false : JOB_POLL_MS),
      staleTime: 0,
    }),
};

export const activeRevocationJobQuery = {
  key: ["revocation-job", "active"] as const,
  options: () =>
    queryOptions({
      queryKey: activeRevocationJobQuery.key,
      queryFn: () => getJson<ActiveRevocationJobAnswer>("/api/revocation-jobs"),
      // While a job runs the indicator moves with it; otherwise a slow look is enough to notice a new one.
      refetchInterval: (query) => {
        const job = query.state.data?.job;
        return job && !isFinished(job) ? 1_000 : 15_000;
      },
      staleTime: 0,
    }),
};

export function startRevocationJob(spec: JobSpec): Promise<RevocationJobAnswer> {
  return sendJson<RevocationJobAnswer>("POST", "/api/revocation-jobs", spec);
}

export function stopRevocationJob(id: string): Promise<RevocationJobAnswer> {
  return sendJson<RevocationJobAnswer>("POST", "/api/revocation-jobs/stop", { id });
}

/** Re-runs only the job's failed items; their new results replace theirs in the same report. */
export function retryRevocationJob(id: string): Promise<RevocationJobAnswer> {
  return sendJson<RevocationJobAnswer>("POST", "/api/revocation-jobs/retry", { id });
}
