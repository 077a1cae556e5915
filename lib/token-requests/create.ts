import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { type ActionState, failure, invalid, ok } from "@/lib/actions/state";
import { originFromHeaders } from "@/lib/http/request-origin";
import { createOvhClient } from "@/lib/ovh/client";
import { getCredential } from "@/lib/ovh/credentials";
import { endpointBaseUrl, endpointLabel } from "@/lib/ovh/endpoints";
import { describeOvhError, isCredentialInvalid, isNotFound, OvhApiError } from "@/lib/ovh/errors";
import { requestCredential } from "@/lib/ovh/token-requests";
import { logOvhCall } from "@/lib/runtime/server-log";
import { clientForSession } from "@/lib/session/state";
import { type CreatedTokenRequest, type CreateTokenRequestValues, createTokenRequestSchema } from "./create-input";
import type { TokenRequestRecord } from "./record";
import {
  type ConnectedIronSession,
  connectedSessionRequests,
  credentialInvalid,
  type SessionEnded,
  saveTokenRequest,
  signedOut,
} from "./session-requests";

// POST /auth/credential for the token-request form. The id is made first so that the default
// redirection brings the admin back to this request's status page after validation.

export type CreateResult = ActionState<CreatedTokenRequest> | SessionEnded;

async function defaultRedirection(id: string): Promise<string | undefined> {
  const requestHeaders = await headers();
  const origin = originFromHeaders((name) => requestHeaders.get(name));
  return origin ? `${origin}/token-requests/${id}` : undefined;
}

/** The replaced credential must exist and be readable with the session's key. */
async function checkReplaced(session: ConnectedIronSession, id: number): Promise<CreateResult | null> {
  try {
    await getCredential(clientForSession(session), id);
    return null;
  } catch (err) {
    if (isCredentialInvalid(err)) return credentialInvalid;
    if (isNotFound(err)) {
      return failure(`Credential #${id} no longer exists, so there is nothing to replace.`, {
        fieldErrors: { replaces: [`Credential #${id} no longer exists.`] },
      });
    }
    const { message, queryId } = describeOvhError(err);
    return failure(message, { queryId });
  }
}

function requestFailure(err: unknown, values: CreateTokenRequestValues, endpoint: string): CreateResult {
  const { message, queryId } = describeOvhError(err);
  if (err instanceof OvhApiError && (err.errorCode === "INVALID_KEY" || /invalid application key/i.test(err.message))) {
    const field = values.applicationKey ? "applicationKey" : "form";
    const text = values.applicationKey
      ? `OVH does not know this application key on ${endpoint}.`
      : "OVH no longer knows this session's application key.";
    return failure(text, { queryId, fieldErrors: { [field]: [text] } });
  }
  return failure(message, { queryId });
}

export async function createTokenRequest(input: unknown): Promise<CreateResult> {
  const parsed = createTokenRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "Some rules or fields need attention.");
  const values = parsed.data;
  const context = await connectedSessionRequests();
  if (!context) return signedOut;
  const { session } = context;

  if (values.replaces !== undefined) {
    const problem = await checkReplaced(session, values.replaces);
    if (problem) return problem;
  }

  const id = randomUUID();
  const applicationKey = values.applicationKey ?? session.applicationKey;
  const unsigned = createOvhClient({
    baseUrl: endpointBaseUrl(session.endpoint),
    appKey: applicationKey,
    onCall: logOvhCall,
  });
  let result: Awaited<ReturnType<typeof requestCredential>>;
  try {
    result = await requestCredential(unsigned, {
      accessRules: values.accessRules,
      redirection: values.redirection ?? (await defaultRedirection(id)),
      allowedIPs: values.allowedIPs.length > 0 ? values.allowedIPs : undefined,
    });
  } catch (err) {
    return requestFailure(err, values, endpointLabel(session.endpoint));
  }

  const record: TokenRequestRecord = {
    id,
    endpoint: session.endpoint,
    applicationKey,
    // Kept only when the dashboard can sign with it (same application): to follow and to use it.
    consumerKey: applicationKey === session.applicationKey ? result.consumerKey : undefined,
    validationUrl: result.validationUrl,
    createdAt: Date.now(),
    rules: values.accessRules,
    allowedIPs: values.allowedIPs,
    replaces: values.replaces,
  };
  await saveTokenRequest(session, record);
  return ok({ id, consumerKey: result.consumerKey, validationUrl: result.validationUrl });
}
