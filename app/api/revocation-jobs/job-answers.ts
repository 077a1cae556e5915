import "server-only";
import { z } from "zod";
import { apiError } from "@/lib/http/errors";
import { JobLimitError, JobRunningError } from "@/lib/revocation/job-registry";
import { jobIdSchema } from "@/lib/revocation/job-schema";

// What every revocation-job route shares: the id check and the registry's refusals as the one error union.

/** The job routes take no query parameters: anything in the query is refused, not ignored. */
export const noQuery = z.object({}).strict();

/** The [id] segment, zod-checked; null when it cannot be a job id (the route answers 404 as for an unknown one). */
export async function jobIdFrom(params: Promise<{ id: string }>): Promise<string | null> {
  const parsed = jobIdSchema.safeParse((await params).id);
  return parsed.success ? parsed.data : null;
}

export function jobNotFound(): Response {
  // Another credential's job answers exactly like an unknown id: its existence is not told.
  return apiError("not_found:job", "No such revocation for this credential; finished reports are kept 30 minutes.");
}

/** The registry's bounds as answers; anything else is rethrown to the route frame. */
export function registryRefusal(err: unknown): Response {
  if (err instanceof JobLimitError)
    return apiError("rate_limited:jobs", err.message, { headers: { "Retry-After": "60" } });
  if (err instanceof JobRunningError) return apiError("conflict:job_running", err.message);
  throw err;
}
