import { json, routeHandler } from "@/lib/http/route-handler";
import { retryFailed } from "@/lib/revocation/job-registry";
import { jobIdQuery, jobNotFound, registryRefusal } from "../job-answers";

/** `{ id }`: Retry failed re-runs only the job's failed items, in the same report (409 while one of the credential's jobs runs). */
export const POST = routeHandler({ body: jobIdQuery }, async (session, { body }) => {
  try {
    // The items were vetted against the inventory when the job started; a retry re-runs only those.
    const job = retryFailed(session.cacheKey, body.id, session.ovh, { currentCredentialId: session.info.credentialId });
    return job ? json({ job }) : jobNotFound();
  } catch (err) {
    return registryRefusal(err);
  }
});
