import { z } from "zod";
import { ovhIdSchema } from "@/lib/ovh/ids";

export const MAX_KEYLESS_BATCH = 200;

export const revokeApplicationSchema = z
  .object({ id: ovhIdSchema, confirmation: z.string().max(20_000).default("") })
  .strict();

export const deleteKeylessSchema = z
  .object({
    ids: z
      .array(ovhIdSchema)
      .min(1, "Choose at least one application.")
      .max(MAX_KEYLESS_BATCH, `At most ${MAX_KEYLESS_BATCH} applications at once.`),
  })
  .strict();
