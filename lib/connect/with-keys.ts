import "server-only";
import { type ActionState, failure } from "@/lib/actions/state";
import { connectFailure } from "@/lib/connect/errors";
import type { ConnectInput } from "@/lib/connect/schema";
import { getAccount } from "@/lib/ovh/account";
import { createOvhClient } from "@/lib/ovh/client";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { availableEndpoints, endpointBaseUrl, endpointLabel } from "@/lib/ovh/endpoints";
import { logOvhCall } from "@/lib/runtime/server-log";
import { getSession } from "@/lib/session/cookie";

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
  const ovh = createOvhClient({
    baseUrl: endpointBaseUrl(input.endpoint),
    appKey: input.applicationKey,
    appSecret: input.applicationSecret,
    consumerKey: input.consumerKey,
    onCall: logOvhCall,
  });
  let credentialId: number;
  try {
    const credential = await getCurrentCredential(ovh);
    await getAccount(ovh);
    credentialId = credential.credentialId;
  } catch (err) {
    const { field, message, queryId } = connectFailure(err, endpointLabel(input.endpoint));
    return failure(message, { queryId, fieldErrors: { [field]: [message] } });
  }
  const session = await getSession();
  // A fresh cookie on every connect: nothing from an earlier session survives.
  session.destroy();
  Object.assign(session, {
    endpoint: input.endpoint,
    applicationKey: input.applicationKey,
    applicationSecret: input.applicationSecret,
    consumerKey: input.consumerKey,
    credentialId,
    connectedAt: Date.now(),
  });
  await session.save();
  return null;
}
