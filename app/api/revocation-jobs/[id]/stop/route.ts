import { json, routeHandler } from "@/lib/http/route-handler";
import { stopJob } from "@/lib/revocation/job-registry";
import { jobIdFrom, jobNotFound, noQuery } from "../../job-answers";

/** Stop: no new request starts; in-flight ones settle; the rest end not attempted. Stopping a finished job changes nothing. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return routeHandler({ query: noQuery }, async ({ cacheKey }) => {
    const id = await jobIdFrom(params);
    const job = id && stopJob(cacheKey, id);
    return job ? json({ job }) : jobNotFound();
  })(request);
}
