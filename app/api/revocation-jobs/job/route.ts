import { json, routeHandler } from "@/lib/http/route-handler";
import { getJob } from "@/lib/revocation/job-registry";
import { jobIdQuery, jobNotFound } from "../job-answers";

/** `?id=`: the whole report of one of the credential's jobs (every item and exclusion), polled by its page. */
export const GET = routeHandler({ query: jobIdQuery }, async ({ cacheKey }, { query }) => {
  const job = getJob(cacheKey, query.id);
  return job ? json({ job }) : jobNotFound();
});
