import { json, routeHandler } from "@/lib/http/route-handler";
import { getJob } from "@/lib/revocation/job-registry";
import { jobIdFrom, jobNotFound, noQuery } from "../job-answers";

/** The whole report of one of the credential's jobs: every item and exclusion, polled by its page. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return routeHandler({ query: noQuery }, async ({ cacheKey }) => {
    const id = await jobIdFrom(params);
    const job = id && getJob(cacheKey, id);
    return job ? json({ job }) : jobNotFound();
  })(request);
}
