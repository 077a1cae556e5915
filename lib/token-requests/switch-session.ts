import "server-only";
import { holdsDashboardRules } from "@/lib/access-rules/dashboard-rules";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { checkCredentialAccount } from "@/lib/connect/same-account";
import { getAccount } from "@/lib/ovh/account";
import { describeOvhError } from "@/lib/ovh/errors";
import { updateSession } from "@/lib/session/cookie";
import type { ConnectedContext } from "@/lib/session/state";
import { clientForRequest, readRequestCredential } from "./check";
import { canFollow, findTokenRequest, readTokenRequests } from "./record";

// "Use for this session": the session signs with the request's consumer key from now on. Only for
// a key of the session's own application (the secret is the session's), validated, and holding the
// rules the dashboard needs; all of it is re-checked here with GET /auth/currentCredential. And only for
// a key of the session's own OVH account: GET /me signed with the new key must name the session's
// nichandle, since on OVH a pending key belongs to whoever validated its link.

export async function switchSessionToTokenRequest(
  { data: session, ovh }: ConnectedContext,
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
  let accounts: { session: string; credential: string };
  try {
    // A session sealed before the nichandle was kept learns it from its own key.
    const [sessionAccount, credentialAccount] = await Promise.all([
      session.nichandle ?? getAccount(ovh).then((account) => account.nichandle),
      getAccount(clientForRequest(session, record)).then((account) => account.nichandle),
    ]);
    accounts = { session: sessionAccount, credential: credentialAccount };
  } catch (err) {
    const { message, queryId } = describeOvhError(err);
    return failure(`The credential's account could not be checked, so it was not used. ${message}`, { queryId });
  }
  const sameAccount = checkCredentialAccount(accounts.session, accounts.credential);
  if (!sameAccount.ok) return failure(sameAccount.message);
  await updateSession((data) => {
    data.consumerKey = record.consumerKey as string;
    data.credentialId = credential.credentialId;
    data.nichandle = accounts.session;
  });
  return ok({ credentialId: credential.credentialId }, `This session now uses credential #${credential.credentialId}.`);
}
