import { json, routeHandler } from "@/lib/http/route-handler";
import { jobProgress } from "@/lib/revocation/job";
import { activeJob, startJob } from "@/lib/revocation/job-registry";
import { jobSpecSchema } from "@/lib/revocation/job-schema";
import { sessionInventory } from "@/lib/revocation/session-inventory";
import { noQuery, registryRefusal } from "./job-answers";

// Revocation jobs (lib/revocation/job-registry.ts): POST starts one (or attaches to the credential's
// running one), GET answers the credential's active job, as progress without items, for the header.

export const POST = routeHandler({ body: jobSpecSchema }, async (session, { body: spec }) => {
  // Ids from the page are vetted against the session's own inventory; listing kinds need none.
  const needsInventory = spec.kind === "revoke-selected" || spec.kind === "delete-keyless-applications";
  const inventory = needsInventory ? await sessionInventory(session) : undefined;
  try {
    const { job, attached } = startJob(session.cacheKey, spec, session.ovh, {
      currentCredentialId: session.info.credentialId,
      inventory,
    });
    return json({ job, attached }, { status: attached ? 200 : 202 });
  } catch (err) {
    return registryRefusal(err);
  }
});

export const GET = routeHandler({ query: noQuery }, async ({ cacheKey }) => {
  const job = activeJob(cacheKey);
  return json({ job: job && jobProgress(job) });
});
