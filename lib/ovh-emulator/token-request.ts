import { z } from "zod";
import { type AccessRule, accessRuleSchema } from "@/lib/ovh/models";
import { isValidIpBlock } from "./ip-blocks";
import { badBodyParameter, ovhErrors } from "./ovh-errors";
import type { OvhError } from "./responses";

// Body of POST /auth/credential (auth.ApiCredentialRequestParams). python-ovh always sends
// explicit nulls for redirection and allowedIPs, so null is accepted for both.

export type TokenRequestBody = { rules: AccessRule[]; redirection: string | null; allowedIPs: string[] | null };

const accessRulesSchema = z.array(accessRuleSchema.extend({ path: z.string().min(1) }));
const redirectionSchema = z.string().nullable().optional();
export const allowedIPsSchema = z.array(z.string().refine(isValidIpBlock)).nullable().optional();

export function parseTokenRequest(
  body: string,
): { ok: true; value: TokenRequestBody } | { ok: false; error: OvhError } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: ovhErrors.badAccessRules };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, error: ovhErrors.badAccessRules };
  const fields = json as Record<string, unknown>;
  const rules = accessRulesSchema.safeParse(fields.accessRules);
  if (!rules.success) return { ok: false, error: ovhErrors.badAccessRules };
  const redirection = redirectionSchema.safeParse(fields.redirection);
  if (!redirection.success) return { ok: false, error: badBodyParameter("redirection") };
  const allowedIPs = allowedIPsSchema.safeParse(fields.allowedIPs);
  if (!allowedIPs.success) return { ok: false, error: badBodyParameter("allowedIPs") };
  return {
    ok: true,
    value: {
      rules: rules.data.map(({ method, path }) => ({ method, path })),
      redirection: redirection.data || null,
      allowedIPs: allowedIPs.data ?? null,
    },
  };
}
