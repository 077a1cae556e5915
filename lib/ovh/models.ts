import { z } from "zod";
import { applicationStatuses, credentialStatuses, type HttpMethod, httpMethods } from "./enums";
import { revealBidiControls } from "./inert-text";

// zod models of the OVH API v1 payloads this dashboard reads (../shared/ovh-api/me-api.json, auth.json).
// Every response is parsed through one of these, so drift from the API surfaces as a protocol error.

export type { ApplicationStatus, CredentialStatus, HttpMethod } from "./enums";
export { applicationStatuses, credentialStatuses, httpMethods } from "./enums";

export const httpMethodSchema = z.enum(httpMethods);
export const credentialStatusSchema = z.enum(credentialStatuses);
export const applicationStatusSchema = z.enum(applicationStatuses);

/** An access rule as the API returns it; `import type` of this stays zod-free for browser code. */
export type AccessRule = { method: HttpMethod; path: string };

export const accessRuleSchema = z.object({ method: httpMethodSchema, path: z.string() });

/** auth.ApiCredential: GET /me/api/credential/{id} and GET /auth/currentCredential. */
export const credentialSchema = z.object({
  credentialId: z.number().int(),
  applicationId: z.number().int(),
  creation: z.string(),
  expiration: z.string().nullable(),
  lastUse: z.string().nullable(),
  ovhSupport: z.boolean(),
  rules: z.array(accessRuleSchema),
  allowedIPs: z
    .array(z.string())
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  status: credentialStatusSchema,
});
export type Credential = z.infer<typeof credentialSchema>;

/** Free text written by whoever created the object: shown and exported with bidi controls made visible. */
const displayText = z.string().transform(revealBidiControls);

/** auth.ApiApplication: GET /me/api/application/{id} and GET /me/api/credential/{id}/application. */
export const applicationSchema = z.object({
  applicationId: z.number().int(),
  applicationKey: z.string(),
  name: displayText,
  description: displayText,
  status: applicationStatusSchema,
});
export type Application = z.infer<typeof applicationSchema>;

/** nichandle.Nichandle, only the fields the dashboard shows; the rest passes through untouched. */
export const accountSchema = z.looseObject({
  nichandle: z.string(),
  email: z.string(),
  firstname: displayText.nullable().optional(),
  name: displayText.nullable().optional(),
  organisation: displayText.nullable().optional(),
  ovhSubsidiary: z.string(),
  ovhCompany: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** auth.ApiCredentialRequest: the answer to POST /auth/credential. */
export const tokenRequestResultSchema = z.object({
  consumerKey: z.string(),
  validationUrl: z.string(),
  state: credentialStatusSchema,
});
export type TokenRequestResult = z.infer<typeof tokenRequestResultSchema>;

export const idListSchema = z.array(z.number().int());

/** One element of an X-Ovh-Batch answer: matched on `key`, never on position. */
export const batchItemSchema = <T extends z.ZodType>(value: T) =>
  z.object({
    key: z.union([z.string(), z.number()]).transform(String),
    value: value.nullable(),
    error: z.unknown().optional(),
  });
