import { z } from "zod";
import { ovhIdSchema } from "@/lib/ovh/ids";
import { MAX_JOB_IDS } from "./job";

// What POST /api/revocation-jobs accepts: one JobSpec, parsed on the server. Ids are bounded by
// MAX_JOB_IDS (the inventory's budget); the route then vets them against the session's own inventory.
// Server side only: the browser's modules stay free of zod (lib/security/client-boundary.test.ts).

const idsSchema = (what: string) =>
  z
    .array(ovhIdSchema, { error: `ids must be a list of ${what} ids.` })
    .min(1, `Select at least one ${what}.`)
    .max(MAX_JOB_IDS, `At most ${MAX_JOB_IDS} ${what}s at once.`);

export const jobSpecSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("remove-expired") }).strict(),
    z.object({ kind: z.literal("revoke-selected"), ids: idsSchema("credential") }).strict(),
    z.object({ kind: z.literal("revoke-application-credentials"), applicationId: ovhIdSchema }).strict(),
    z.object({ kind: z.literal("delete-keyless-applications"), ids: idsSchema("application") }).strict(),
  ],
  {
    error:
      "kind must be remove-expired, revoke-selected, revoke-application-credentials or delete-keyless-applications.",
  },
);

/** A job id as the registry makes them (randomUUID); anything else is refused before the registry is asked. */
export const jobIdSchema = z.uuid({ error: "Not a revocation job id." });
