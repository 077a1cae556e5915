import { json, routeHandler } from "@/lib/http/route-handler";
import { stopJob } from "@/lib/revocation/job-registry";
import { jobIdQuery, jobNotFound } from "../job-answers";

/** `{ id }`: no new request starts; in-flight ones settle; the rest end not attempted. A finished job stays as it is. */
export const POST = routeHandler({ body: jobIdQuery }, async ({ cacheKey }, { body }) => {
  const job = stopJob(cacheKey, body.id);
  return job ? json({ job }) : jobNotFound();
});
