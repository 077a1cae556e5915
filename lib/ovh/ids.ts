import { z } from "zod";

// What counts as an OVH object id, in one place: forms, route parameters and the OVH client all ask
// here. Ids end up in URL paths sent to OVH, so only positive safe integers (OVH's `long`) pass.

/** Credential and application ids are positive integers (OVH's `long`), kept within safe integers. */
export const ovhIdSchema = z
  .number({ error: "An id must be a number." })
  .int("An id must be a whole number.")
  .positive("An id must be positive.")
  .max(Number.MAX_SAFE_INTEGER, "This id is too large.");

/** An id about to go into an OVH URL path: a bad one is a bug upstream, so it throws. */
export function assertOvhId(id: number): number {
  if (!ovhIdSchema.safeParse(id).success) throw new RangeError(`not an OVH object id: ${id}`);
  return id;
}
