import { z } from "zod";
import { ovhIdSchema } from "@/lib/ovh/ids";

export const revokeApplicationSchema = z
  .object({ id: ovhIdSchema, confirmation: z.string().max(20_000).default("") })
  .strict();
