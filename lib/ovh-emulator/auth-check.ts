import { rulesGrant } from "@/lib/access-rules/match";
import { signRequest } from "@/lib/ovh/signature";
import type { Authenticated } from "./api-context";
import { ipAllowed } from "./ip-blocks";
import { refreshStatus } from "./model";
import { invalidCredentialBecause, ovhErrors } from "./ovh-errors";
import type { OvhError } from "./responses";
import type { Store } from "./store";

// The checks OVH makes on a signed call, in this order: application key, presence of the
// signing headers, timestamp window, signature, consumer key, ownership, status and expiry,
// allowed IPs, access rules. A call that passes updates the credential's lastUse.

export const TIMESTAMP_WINDOW_SEC = 180;

export type SignedCall = {
  store: Store;
  headers: Headers;
  method: string;
  /** The full URL as the client addressed it (scheme://host + raw request target). */
  signedUrl: string;
  body: string;
  apiPath: string;
  needsRule: boolean;
  nowMs: number;
  serverTimeSec: number;
  clientIp: string | undefined;
};

export type AuthResult = { ok: true; auth: Authenticated } | { ok: false; error: OvhError };

const fail = (error: OvhError): AuthResult => ({ ok: false, error });

export function authenticate(call: SignedCall): AuthResult {
  const appKey = call.headers.get("x-ovh-application");
  const consumerKey = call.headers.get("x-ovh-consumer");
  const signature = call.headers.get("x-ovh-signature");
  const timestamp = call.headers.get("x-ovh-timestamp");
  if (!appKey && !consumerKey) return fail(ovhErrors.loginFirst);

  const found = appKey ? call.store.findApplication(appKey) : undefined;
  if (!found || found.application.status === "blocked" || found.application.status === "inactive") {
    return fail(ovhErrors.invalidKey);
  }
  if (!consumerKey || !signature) return fail(ovhErrors.loginFirst);

  // A canonical integer only: the signature is recomputed from String(timestamp).
  if (!timestamp || !/^(0|[1-9]\d{0,15})$/.test(timestamp)) return fail(ovhErrors.invalidSignature);
  if (Math.abs(Number(timestamp) - call.serverTimeSec) > TIMESTAMP_WINDOW_SEC) return fail(ovhErrors.queryTimeOut);

  const expected = signRequest({
    appSecret: found.application.applicationSecret,
    consumerKey,
    method: call.method,
    url: call.signedUrl,
    body: call.body,
    timestamp: Number(timestamp),
  });
  if (signature !== expected) return fail(ovhErrors.invalidSignature);

  const held = call.store.findCredential(consumerKey);
  if (!held) return fail(ovhErrors.notCredential);
  // The credential may live in another account than the application's (validated by someone else):
  // what must match is the application it was requested for, by key.
  const { account, credential } = held;
  if (account.applications.get(credential.applicationId)?.applicationKey !== found.application.applicationKey) {
    return fail(ovhErrors.invalidCredential);
  }
  const status = refreshStatus(credential, call.nowMs).status;
  if (status !== "validated") return fail(invalidCredentialBecause(status));
  if (!ipAllowed(credential.allowedIPs, call.clientIp)) return fail(ovhErrors.ipNotAllowed);
  if (call.needsRule && !rulesGrant(credential.rules, call.method, call.apiPath)) return fail(ovhErrors.notGranted);

  credential.lastUse = call.nowMs;
  return { ok: true, auth: { account, application: found.application, credential } };
}
