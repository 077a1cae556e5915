import "server-only";
import { headers } from "next/headers";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { connectFailure } from "@/lib/connect/errors";
import { connectRequestRules } from "@/lib/connect/rules";
import { checkCredentialAccount } from "@/lib/connect/same-account";
import type { ConnectRequestInput } from "@/lib/connect/schema";
import { originFromHeaders } from "@/lib/http/request-origin";
import { isWebUrl } from "@/lib/http/web-url";
import { getAccount } from "@/lib/ovh/account";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { availableEndpoints, endpointLabel } from "@/lib/ovh/endpoints";
import { OvhApiError } from "@/lib/ovh/errors";
import { requestCredential } from "@/lib/ovh/token-requests";
import { endSession, getSession, isConnected, replaceSession, updateSession } from "@/lib/session/cookie";
import { ovhClientFor } from "@/lib/session/ovh-client";
import { statusFromCheckError } from "@/lib/token-requests/status";

// Connect with an application key and secret only, as go-ovh's NewCkRequest flow: request a
// consumer key, send the admin to OVH's validation page, and finish the session when they come
// back to /connect/complete. Until then the session holds the keys but is not connected.

/** Requests the key and stores the pending session; returns where the admin validates it. */
export async function requestConnectKey(
  input: ConnectRequestInput,
): Promise<ActionState<never> | { status: "requested"; validationUrl: string }> {
  if (!availableEndpoints().includes(input.endpoint)) {
    return failure("This endpoint is not available here.", {
      fieldErrors: { endpoint: ["Choose an endpoint from the list."] },
    });
  }
  const requestHeaders = await headers();
  const origin = originFromHeaders((name) => requestHeaders.get(name));
  if (!origin) return failure("The dashboard could not tell its own address to give OVH as the way back.");
  const label = endpointLabel(input.endpoint);
  const unsigned = ovhClientFor({ endpoint: input.endpoint, applicationKey: input.applicationKey });
  let result: Awaited<ReturnType<typeof requestCredential>>;
  try {
    result = await requestCredential(unsigned, {
      accessRules: connectRequestRules(input.access, { allowIpEdits: input.allowIpEdits }),
      redirection: `${origin}/connect/complete`,
    });
  } catch (err) {
    const { field, message, queryId } = connectFailure(err, label);
    // Only the application key takes part in a token request.
    return failure(message, {
      queryId,
      fieldErrors: { [field === "endpoint" ? "endpoint" : "applicationKey"]: [message] },
    });
  }
  if (!isWebUrl(result.validationUrl)) return failure("OVH answered with a validation link that is not a web address.");
  // Requested from a signed-in session, the key must come back from the same account (whoever validates
  // the link owns the key): the pending session remembers which one.
  const previous = await getSession();
  const expectedAccount = isConnected(previous) ? previous.nichandle : undefined;
  await replaceSession({
    nichandle: expectedAccount,
    endpoint: input.endpoint,
    applicationKey: input.applicationKey,
    applicationSecret: input.applicationSecret,
    pendingConsumerKey: result.consumerKey,
    pendingValidationUrl: result.validationUrl,
    pendingAccess: input.access,
  });
  return { status: "requested", validationUrl: result.validationUrl };
}

export type Completion = {
  /** other-account: the key was validated by another OVH account than the session's; it was not used. */
  outcome: "pending" | "ended" | "nothing" | "other-account";
  message: string;
  validationUrl?: string;
  queryId?: string;
};

/**
 * Finishes the pending session once OVH accepts its key. Returns null when connected, an outcome
 * to explain (still pending, refused, nothing waiting), or an error worth retrying.
 */
export async function completeConnect(): Promise<ActionState<Completion> | null> {
  const session = await getSession();
  const { endpoint, applicationKey, applicationSecret, pendingConsumerKey, pendingValidationUrl } = session;
  if (!endpoint || !applicationKey || !applicationSecret || !pendingConsumerKey) {
    if (session.consumerKey) return null;
    return ok({ outcome: "nothing", message: "No consumer key is waiting for validation in this browser." });
  }
  const ovh = ovhClientFor({ endpoint, applicationKey, applicationSecret, consumerKey: pendingConsumerKey });
  let credentialId: number;
  let nichandle: string;
  try {
    credentialId = (await getCurrentCredential(ovh)).credentialId;
    nichandle = (await getAccount(ovh)).nichandle;
  } catch (err) {
    const mapped = err instanceof OvhApiError ? statusFromCheckError(err) : null;
    const queryId = err instanceof OvhApiError ? err.queryId : undefined;
    if (mapped?.status === "pending") {
      return ok({ outcome: "pending", message: mapped.message, validationUrl: pendingValidationUrl, queryId });
    }
    if (mapped) {
      await endSession();
      return ok({ outcome: "ended", message: `${mapped.message} Connect again to request a new one.`, queryId });
    }
    const failed = connectFailure(err, endpointLabel(endpoint));
    if (failed.field === "applicationKey" || failed.field === "applicationSecret" || failed.field === "consumerKey") {
      await endSession();
      return ok({
        outcome: "ended",
        message: `${failed.message} The key was not kept; connect again.`,
        queryId: failed.queryId,
      });
    }
    return failure(failed.message, { queryId: failed.queryId });
  }
  const sameAccount = checkCredentialAccount(session.nichandle, nichandle);
  if (!sameAccount.ok) return ok({ outcome: "other-account", message: sameAccount.message });
  await updateSession((data) => {
    data.consumerKey = pendingConsumerKey;
    data.credentialId = credentialId;
    data.nichandle = nichandle;
    data.connectedAt = Date.now();
    data.pendingConsumerKey = undefined;
    data.pendingValidationUrl = undefined;
    data.pendingAccess = undefined;
  });
  return null;
}
