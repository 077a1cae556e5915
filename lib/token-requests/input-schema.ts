import { z } from "zod";
import { isWebUrl } from "@/lib/http/web-url";
import { httpMethods } from "@/lib/ovh/models";
import { expandRuleRows } from "../access-rules/builder";
import { lintRules, maxRules } from "../access-rules/lint";
import { ipBlockSchema } from "../allowed-ips/ip-block-schema";

// Input of the token-request form, as the server action receives it. Path checks are the
// linter's errors, so the form and the server refuse exactly the same rules.

export const maxAllowedIps = 100;

export const ruleRowSchema = z.object({
  method: z.enum(httpMethods, { error: "Choose GET, POST, PUT or DELETE." }),
  path: z.string({ error: "Enter a path." }),
  recursive: z.boolean({ error: "Recursive must be on or off." }).default(false),
});

const rowsSchema = z
  .array(ruleRowSchema)
  .min(1, "Add at least one rule.")
  .max(maxRules, `A token request holds at most ${maxRules} rules.`)
  .superRefine((rows, ctx) => {
    for (const finding of lintRules(rows)) {
      if (finding.level !== "error" || finding.code === "no-rules") continue;
      ctx.addIssue({
        code: "custom",
        message: finding.message,
        path: finding.ruleIndex === undefined ? [] : [finding.ruleIndex, "path"],
      });
    }
  });

const allowedIpsSchema = z.preprocess(
  (value) => (value == null ? [] : typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : value),
  z
    .array(ipBlockSchema)
    .max(maxAllowedIps, `Allow at most ${maxAllowedIps} IP blocks.`)
    .transform((ips) => [...new Set(ips)]),
);

const redirectionSchema = z
  .string({ error: "The redirection must be text." })
  .trim()
  .max(2048, "The redirection URL is too long.")
  .refine((value) => value === "" || isWebUrl(value), "The redirection must be an http:// or https:// URL, or empty.")
  .optional()
  .transform((value) => (value ? value : undefined));

const applicationKeySchema = z
  .string({ error: "The application key must be text." })
  .trim()
  .refine(
    (value) => value === "" || /^[A-Za-z0-9]{16,32}$/.test(value),
    "An application key is 16 to 32 letters and digits.",
  )
  .optional()
  .transform((value) => (value ? value : undefined));

export const tokenRequestInputSchema = z
  .object({
    rows: rowsSchema,
    allowedIPs: allowedIpsSchema,
    redirection: redirectionSchema,
    applicationKey: applicationKeySchema,
  })
  .transform((input) => ({ ...input, accessRules: expandRuleRows(input.rows) }));

export type TokenRequestInput = z.input<typeof tokenRequestInputSchema>;
export type TokenRequestValues = z.output<typeof tokenRequestInputSchema>;
