import "server-only";
import { forgetCredential } from "@/lib/inventory/cache";
import { createOvhClient, type OvhClient } from "@/lib/ovh/client";
import { type EndpointId, endpointBaseUrl } from "@/lib/ovh/endpoints";
import { logOvhCall } from "@/lib/runtime/server-log";

/** What signs a call: no secret and no consumer key for a token request (POST /auth/credential). */
export type OvhKeys = {
  endpoint: EndpointId;
  applicationKey: string;
  applicationSecret?: string;
  consumerKey?: string;
};

/**
 * The one way to build an OVH client from keys: every call is logged (never with its keys). With
 * `cacheKey`, the client is the session's own: whatever it changes at OVH, the next reads of that
 * credential's cached inventory are new loads.
 */
export function ovhClientFor(keys: OvhKeys, options: { cacheKey?: string } = {}): OvhClient {
  const { cacheKey } = options;
  return createOvhClient({
    baseUrl: endpointBaseUrl(keys.endpoint),
    appKey: keys.applicationKey,
    appSecret: keys.applicationSecret,
    consumerKey: keys.consumerKey,
    onCall: cacheKey
      ? (call) => {
          logOvhCall(call);
          if (call.method !== "GET") forgetCredential(cacheKey);
        }
      : logOvhCall,
  });
}
