import "server-only";
import { type ActionState, failure } from "@/lib/actions/state";
import { connectFailure } from "@/lib/connect/errors";
import type { ConnectInput } from "@/lib/connect/schema";
import { getAccount } from "@/lib/ovh/account";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { availableEndpoints, endpointLabel } from "@/lib/ovh/endpoints";
import { replaceSession } from "@/lib/session/cookie";
import { ovhClientFor } from "@/lib/session/ovh-client";

/**
 * Checks the keys with GET /auth/currentCredential and GET /me before anything is stored, then
 * (re-)issues the session cookie. Returns an error state, or null when the session is saved.
 */
export async function connectWithKeys(input: ConnectInput): Promise<ActionState<never> | null> {
  if (!availableEndpoints().includes(input.endpoint)) {
    return failure("This endpoint is not available here.", {
      fieldErrors: { endpoint: ["Choose an endpoint from the list."] },
    });
  }
  const ovh = ovhClientFor(input);
  let credentialId: number;
  let nichandle: string;
  try {
    const credential = await getCurrentCredential(ovh);
    nichandle = (await getAccount(ovh)).nichandle;
    credentialId = credential.credentialId;
  } catch (err) {
    const { field, message, queryId } = connectFailure(err, endpointLabel(input.endpoint));
    return failure(message, { queryId, fieldErrors: { [field]: [message] } });
  }
  // A fresh cookie on every connect: nothing from an earlier session survives.
  await replaceSession({
    endpoint: input.endpoint,
    applicationKey: input.applicationKey,
    applicationSecret: input.applicationSecret,
    consumerKey: input.consumerKey,
    credentialId,
    nichandle,
    connectedAt: Date.now(),
  });
  return null;
}
