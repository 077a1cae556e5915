import type { OvhClient } from "./client";
import { type AccessRule, type TokenRequestResult, tokenRequestResultSchema } from "./models";

export type TokenRequest = { accessRules: AccessRule[]; redirection?: string; allowedIPs?: string[] };

/**
 * POST /auth/credential: an unsigned call (application key only) that yields a pending consumer
 * key and the URL where the account owner validates it. Key order follows python-ovh; absent
 * fields are left out rather than sent as null (go-ovh and node-ovh do the same).
 */
export function requestCredential(ovh: OvhClient, request: TokenRequest): Promise<TokenRequestResult> {
  const body = {
    accessRules: request.accessRules.map(({ method, path }) => ({ method, path })),
    ...(request.redirection !== undefined ? { redirection: request.redirection } : {}),
    ...(request.allowedIPs !== undefined ? { allowedIPs: request.allowedIPs } : {}),
  };
  return ovh.post("/auth/credential", { schema: tokenRequestResultSchema, body, auth: false });
}
