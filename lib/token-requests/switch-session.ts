import "server-only";
import { holdsDashboardRules } from "@/lib/access-rules/dashboard-rules";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { updateSession } from "@/lib/session/cookie";
import type { ConnectedContext } from "@/lib/session/state";
import { readRequestCredential } from "./check";
import { canFollow, findTokenRequest, readTokenRequests } from "./record";

// "Use for this session": the session signs with the request's consumer key from now on. Only for
// a key of the session's own application (the secret is the session's), validated, and holding the
// rules the dashboard needs; all of it is re-checked here with GET /auth/currentCredential.

export async function switchSessionToTokenRequest(
  { data: session }: ConnectedContext,
  id: string,
): Promise<ActionState<{ credentialId: number }>> {
  const record = findTokenRequest(readTokenRequests(session.tokenRequests), id);
  if (!record) return failure("This token request is no longer kept in this session.");
  if (!canFollow(record, session)) {
    return failure("This request used another application key; the session can only use keys of its own application.");
  }
  const read = await readRequestCredential(session, record);
  const credential = read.credential;
  if (!credential || read.outcome.status !== "validated")
    return failure(read.outcome.message, { queryId: read.queryId });
  const check = holdsDashboardRules(credential.rules);
  if (!check.ok) {
    const missing = check.missing.map((rule) => `${rule.method} ${rule.path}`).join(", ");
    return failure(`This credential lacks rules the dashboard needs: ${missing}.`);
  }
  await updateSession((data) => {
    data.consumerKey = record.consumerKey as string;
    data.credentialId = credential.credentialId;
  });
  return ok({ credentialId: credential.credentialId }, `This session now uses credential #${credential.credentialId}.`);
}
