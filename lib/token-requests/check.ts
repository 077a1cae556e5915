import "server-only";
import { holdsDashboardRules } from "@/lib/access-rules/dashboard-rules";
import type { OvhClient } from "@/lib/ovh/client";
import { getCredential, getCurrentCredential } from "@/lib/ovh/credentials";
import { isNotFound, OvhApiError } from "@/lib/ovh/errors";
import type { Credential } from "@/lib/ovh/models";
import type { ConnectedSession } from "@/lib/session/cookie";
import { ovhClientFor } from "@/lib/session/ovh-client";
import { canFollow, type TokenRequestRecord } from "./record";
import {
  type CheckOutcome,
  outcome,
  type ReplacedCredential,
  statusFromCheckError,
  statusFromCredential,
  type TokenRequestStatusView,
} from "./status";

// Reads a token request's state with GET /auth/currentCredential, signed with the session's
// application secret and the request's consumer key (it needs no access rule). A refusal of that
// key is the answer, not a failure of the session: it never ends the session.

export function clientForRequest(session: ConnectedSession, record: TokenRequestRecord): OvhClient {
  return ovhClientFor({
    endpoint: record.endpoint,
    applicationKey: session.applicationKey,
    applicationSecret: session.applicationSecret,
    consumerKey: record.consumerKey,
  });
}

/** The request's credential when its key works, or what OVH's refusal says; other errors are thrown. */
export async function readRequestCredential(
  session: ConnectedSession,
  record: TokenRequestRecord,
): Promise<{ credential?: Credential; outcome: CheckOutcome; queryId?: string }> {
  if (!canFollow(record, session)) return { outcome: outcome("untracked") };
  try {
    const credential = await getCurrentCredential(clientForRequest(session, record));
    return { credential, outcome: statusFromCredential(credential) };
  } catch (err) {
    const mapped = err instanceof OvhApiError ? statusFromCheckError(err) : null;
    if (!mapped) throw err;
    return { outcome: mapped, queryId: (err as OvhApiError).queryId };
  }
}

async function readReplaced(
  sessionOvh: OvhClient,
  session: ConnectedSession,
  credentialId: number,
): Promise<ReplacedCredential> {
  try {
    const old = await getCredential(sessionOvh, credentialId);
    return {
      credentialId,
      present: true,
      status: old.status,
      lastUse: old.lastUse,
      expiration: old.expiration,
      isSessionCredential: credentialId === session.credentialId,
    };
  } catch (err) {
    if (isNotFound(err)) return { credentialId, present: false };
    throw err;
  }
}

export async function checkTokenRequest(
  session: ConnectedSession,
  sessionOvh: OvhClient,
  record: TokenRequestRecord,
  now = Date.now(),
): Promise<TokenRequestStatusView> {
  const read = await readRequestCredential(session, record);
  const view: TokenRequestStatusView = {
    id: record.id,
    status: read.outcome.status,
    message: read.outcome.message,
    queryId: read.queryId,
    isSessionCredential: false,
    checkedAt: now,
  };
  const credential = read.credential;
  if (!credential) return view;
  view.credential = {
    credentialId: credential.credentialId,
    creation: credential.creation,
    expiration: credential.expiration,
    lastUse: credential.lastUse,
    allowedIPs: credential.allowedIPs,
    status: credential.status,
    rules: credential.rules,
  };
  view.dashboardRules = holdsDashboardRules(credential.rules);
  view.isSessionCredential = credential.credentialId === session.credentialId;
  if (record.replaces !== undefined && read.outcome.status === "validated") {
    view.replaced = await readReplaced(sessionOvh, session, record.replaces);
  }
  return view;
}
