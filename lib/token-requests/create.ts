import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { originFromHeaders } from "@/lib/http/request-origin";
import { getCredential } from "@/lib/ovh/credentials";
import { endpointLabel } from "@/lib/ovh/endpoints";
import { isInvalidApplicationKey, isNotFound, OvhApiError } from "@/lib/ovh/errors";
import { requestCredential } from "@/lib/ovh/token-requests";
import { ovhClientFor } from "@/lib/session/ovh-client";
import type { ConnectedContext } from "@/lib/session/state";
import type { CreatedTokenRequest, CreateTokenRequestValues } from "./create-input";
import type { TokenRequestRecord } from "./record";
import { hasRoomForTokenRequest, saveTokenRequest } from "./session-requests";

export const NO_ROOM_FOR_REQUEST =
  "This session has no room left to track another token request: its cookie (about 4 KB) is full of " +
  "the lists Restore needs for quarantined credentials. Restore some of them first. Nothing was requested from OVH.";

// POST /auth/credential for the token-request form. The id is made first so that the default
// redirection brings the admin back to this request's status page after validation. OVH's other
// failures are thrown: the action frame (lib/actions/session-action.ts) says them.

async function defaultRedirection(id: string): Promise<string | undefined> {
  const requestHeaders = await headers();
  const origin = originFromHeaders((name) => requestHeaders.get(name));
  return origin ? `${origin}/token-requests/${id}` : undefined;
}

/** The replaced credential must exist and be readable with the session's key. */
async function checkReplaced(ovh: ConnectedContext["ovh"], id: number): Promise<ActionState<never> | null> {
  try {
    await getCredential(ovh, id);
    return null;
  } catch (err) {
    if (!isNotFound(err)) throw err;
    return failure(`Credential #${id} no longer exists, so there is nothing to replace.`, {
      fieldErrors: { replaces: [`Credential #${id} no longer exists.`] },
    });
  }
}

/** OVH not knowing the application key is a mistake in the form (or a deleted application), said on its field. */
function unknownApplicationKey(err: unknown, values: CreateTokenRequestValues, endpoint: string) {
  if (!(err instanceof OvhApiError) || !isInvalidApplicationKey(err)) return null;
  const field = values.applicationKey ? "applicationKey" : "form";
  const text = values.applicationKey
    ? `OVH does not know this application key on ${endpoint}.`
    : "OVH no longer knows this session's application key.";
  return failure(text, { queryId: err.queryId, fieldErrors: { [field]: [text] } });
}

export async function createTokenRequest(
  { ovh, data: session }: ConnectedContext,
  values: CreateTokenRequestValues,
): Promise<ActionState<CreatedTokenRequest>> {
  if (values.replaces !== undefined) {
    const problem = await checkReplaced(ovh, values.replaces);
    if (problem) return problem;
  }

  const id = randomUUID();
  const applicationKey = values.applicationKey ?? session.applicationKey;
  const tracked = {
    id,
    endpoint: session.endpoint,
    applicationKey,
    createdAt: Date.now(),
    rules: values.accessRules,
    allowedIPs: values.allowedIPs,
    replaces: values.replaces,
  };
  // Checked before OVH is called: a key created and then lost with an overflowing cookie is orphaned at OVH.
  if (!(await hasRoomForTokenRequest(session, tracked))) return failure(NO_ROOM_FOR_REQUEST);
  const unsigned = ovhClientFor({ endpoint: session.endpoint, applicationKey });
  let result: Awaited<ReturnType<typeof requestCredential>>;
  try {
    result = await requestCredential(unsigned, {
      accessRules: values.accessRules,
      redirection: values.redirection ?? (await defaultRedirection(id)),
      allowedIPs: values.allowedIPs.length > 0 ? values.allowedIPs : undefined,
    });
  } catch (err) {
    const refused = unknownApplicationKey(err, values, endpointLabel(session.endpoint));
    if (refused) return refused;
    throw err;
  }
  const record: TokenRequestRecord = {
    ...tracked,
    // Kept only when the dashboard can sign with it (same application): to follow and to use it.
    consumerKey: applicationKey === session.applicationKey ? result.consumerKey : undefined,
    validationUrl: result.validationUrl,
  };
  // OVH has made the key: it is answered whatever happens to the cookie, so it is never orphaned unseen.
  await saveTokenRequest(session, record);
  return ok({ id, consumerKey: result.consumerKey, validationUrl: result.validationUrl });
}
