import { json, routeHandler } from "@/lib/http/route-handler";
import { retryFailed } from "@/lib/revocation/job-registry";
import { jobIdFrom, jobNotFound, noQuery, registryRefusal } from "../../job-answers";

/** Retry failed: re-runs only the job's failed items, in the same report (409 while one of the credential's jobs runs). */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return routeHandler({ query: noQuery }, async (session) => {
    const id = await jobIdFrom(params);
    if (!id) return jobNotFound();
    try {
      // The items were vetted against the inventory when the job started; a retry re-runs only those.
      const job = retryFailed(session.cacheKey, id, session.ovh, { currentCredentialId: session.info.credentialId });
      return job ? json({ job }) : jobNotFound();
    } catch (err) {
      return registryRefusal(err);
    }
  })(request);
}
