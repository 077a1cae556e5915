import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { deleteCredential, type RevokeOutcome } from "@/lib/ovh/credentials";
import type { ConnectedContext } from "@/lib/session/state";
import { readRequestCredential } from "./check";
import { findTokenRequest, readTokenRequests } from "./record";

// Revoking the credential a validated replacement stands in for. Never the session's own
// credential: the admin switches the session to the new key first.

export async function revokeReplacedCredential(
  { ovh, data: session }: ConnectedContext,
  id: string,
): Promise<ActionState<{ credentialId: number; outcome: RevokeOutcome }>> {
  const record = findTokenRequest(readTokenRequests(session.tokenRequests), id);
  if (!record) return failure("This token request is no longer kept in this session.");
  const oldId = record.replaces;
  if (oldId === undefined) return failure("This token request does not replace a credential.");
  if (oldId === session.credentialId) {
    return failure(
      `Credential #${oldId} is the one this session signs with. Use the new credential for this session first, then revoke the old one.`,
    );
  }
  const read = await readRequestCredential(session, record);
  if (read.outcome.status !== "validated") {
    return failure(`The new credential is not usable yet, so the old one stays. ${read.outcome.message}`);
  }
  const outcome = await deleteCredential(ovh, oldId);
  return ok(
    { credentialId: oldId, outcome },
    outcome === "revoked" ? `Credential #${oldId} is revoked.` : `Credential #${oldId} was already gone.`,
  );
}
