import { z } from "zod";
import { ovhIdSchema } from "@/lib/ovh/ids";
import { MAX_JOB_IDS } from "./job";

export const MAX_BULK_IDS = MAX_JOB_IDS;

export const bulkRevokeSchema = z
  .object({
    ids: z
      .array(ovhIdSchema, { error: "ids must be a list of credential ids." })
      .min(1, "Select at least one credential.")
      .max(MAX_BULK_IDS, `At most ${MAX_BULK_IDS} credentials at once.`),
  })
  .strict();
