import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { deleteCredential, type RevokeOutcome } from "@/lib/ovh/credentials";
import { describeOvhError, isCredentialInvalid } from "@/lib/ovh/errors";
import { clientForSession } from "@/lib/session/state";
import { readRequestCredential } from "./check";
import { credentialInvalid, findSessionTokenRequest, type SessionEnded, signedOut } from "./session-requests";

// Revoking the credential a validated replacement stands in for. Never the session's own
// credential: the admin switches the session to the new key first.

export type RevokeReplacedResult = ActionState<{ credentialId: number; outcome: RevokeOutcome }> | SessionEnded;

export async function revokeReplacedCredential(id: string): Promise<RevokeReplacedResult> {
  const found = await findSessionTokenRequest(id);
  if (!found) return signedOut;
  const { session, record } = found;
  if (!record) return failure("This token request is no longer kept in this session.");
  const oldId = record.replaces;
  if (oldId === undefined) return failure("This token request does not replace a credential.");
  if (oldId === session.credentialId) {
    return failure(
      `Credential #${oldId} is the one this session signs with. Use the new credential for this session first, then revoke the old one.`,
    );
  }
  try {
    const read = await readRequestCredential(session, record);
    if (read.outcome.status !== "validated") {
      return failure(`The new credential is not usable yet, so the old one stays. ${read.outcome.message}`);
    }
    const outcome = await deleteCredential(clientForSession(session), oldId);
    return ok(
      { credentialId: oldId, outcome },
      outcome === "revoked" ? `Credential #${oldId} is revoked.` : `Credential #${oldId} was already gone.`,
    );
  } catch (err) {
    if (isCredentialInvalid(err)) return credentialInvalid;
    const { message, queryId } = describeOvhError(err);
    return failure(message, { queryId });
  }
}
