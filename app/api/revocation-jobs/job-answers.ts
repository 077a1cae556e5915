import "server-only";
import { z } from "zod";
import { apiError } from "@/lib/http/errors";
import { JobLimitError, JobRunningError } from "@/lib/revocation/job-registry";
import { jobIdSchema } from "@/lib/revocation/job-schema";

// What every revocation-job route shares: the id check and the registry's refusals as the one error union.

/** GET /api/revocation-jobs takes no query parameter: anything in the query is refused, not ignored. */
export const noQuery = z.object({}).strict();

/**
 * A job named by `?id=` (GET) or `{ id }` (POST), never by a path segment: an address form such as an
 * encoded `..` would be normalised by the URL parser and Next into another route before any check.
 */
export const jobIdQuery = z.object({ id: jobIdSchema }).strict();

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
