import { z } from "zod";
import { describeIpErrors, parseAllowedIpsInput } from "@/lib/allowed-ips/input";
import { ovhIdSchema } from "@/lib/ovh/ids";

// Inputs of the credential detail page's server actions. Actions are public POST endpoints, so
// the same checks the form runs in the browser run again here.

export const credentialIdSchema = z.object({ id: ovhIdSchema }).strict();

export const revokeCredentialSchema = z
  .object({ id: ovhIdSchema, confirmation: z.string().max(100).default("") })
  .strict();

export const allowedIpsChangeSchema = z
  .object({
    id: ovhIdSchema,
    restriction: z.enum(["none", "list"]),
    ips: z.string().max(20_000, "The list is too long.").default(""),
  })
  .strict()
  .transform((input, ctx) => {
    const parsed = parseAllowedIpsInput(input.restriction, input.ips);
    if (parsed.ok) return { id: input.id, allowedIps: parsed.allowedIps };
    for (const message of describeIpErrors(parsed.errors)) ctx.addIssue({ code: "custom", path: ["ips"], message });
    return z.NEVER;
  });

export type AllowedIpsChange = z.infer<typeof allowedIpsChangeSchema>;
