import "server-only";
import { holdsDashboardRules } from "@/lib/access-rules/dashboard-rules";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { describeOvhError, isCredentialInvalid } from "@/lib/ovh/errors";
import { readRequestCredential } from "./check";
import { canFollow } from "./record";
import { credentialInvalid, findSessionTokenRequest, type SessionEnded, signedOut } from "./session-requests";

// "Use for this session": the session signs with the request's consumer key from now on. Only for
// a key of the session's own application (the secret is the session's), validated, and holding the
// rules the dashboard needs; all of it is re-checked here with GET /auth/currentCredential.

export type SwitchResult = ActionState<{ credentialId: number }> | SessionEnded;

export async function switchSessionToTokenRequest(id: string): Promise<SwitchResult> {
  const found = await findSessionTokenRequest(id);
  if (!found) return signedOut;
  const { session, record } = found;
  if (!record) return failure("This token request is no longer kept in this session.");
  if (!canFollow(record, session)) {
    return failure("This request used another application key; the session can only use keys of its own application.");
  }
  let read: Awaited<ReturnType<typeof readRequestCredential>>;
  try {
    read = await readRequestCredential(session, record);
  } catch (err) {
    if (isCredentialInvalid(err)) return credentialInvalid;
    const { message, queryId } = describeOvhError(err);
    return failure(message, { queryId });
  }
  const credential = read.credential;
  if (!credential || read.outcome.status !== "validated")
    return failure(read.outcome.message, { queryId: read.queryId });
  const check = holdsDashboardRules(credential.rules);
  if (!check.ok) {
    const missing = check.missing.map((rule) => `${rule.method} ${rule.path}`).join(", ");
    return failure(`This credential lacks rules the dashboard needs: ${missing}.`);
  }
  session.consumerKey = record.consumerKey as string;
  session.credentialId = credential.credentialId;
  await session.save();
  return ok({ credentialId: credential.credentialId }, `This session now uses credential #${credential.credentialId}.`);
}
