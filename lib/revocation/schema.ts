import { z } from "zod";
import { MAX_JOB_IDS } from "./job";

export const MAX_BULK_IDS = MAX_JOB_IDS;

/** Credential and application ids are positive integers (OVH's `long`), kept within safe integers. */
export const ovhIdSchema = z
  .number({ error: "An id must be a number." })
  .int("An id must be a whole number.")
  .positive("An id must be positive.")
  .max(Number.MAX_SAFE_INTEGER, "This id is too large.");

export const bulkRevokeSchema = z
  .object({
    ids: z
      .array(ovhIdSchema, { error: "ids must be a list of credential ids." })
      .min(1, "Select at least one credential.")
      .max(MAX_BULK_IDS, `At most ${MAX_BULK_IDS} credentials at once.`),
  })
  .strict();
