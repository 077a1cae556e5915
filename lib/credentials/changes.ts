import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { checkLockout } from "@/lib/allowed-ips/lockout";
import { hasWriteAccess } from "@/lib/audit/selection";
import type { OvhClient } from "@/lib/ovh/client";
import { deleteCredential, getCredential, type RevokeOutcome, setAllowedIps } from "@/lib/ovh/credentials";
import { isNotFound } from "@/lib/ovh/errors";

// Revoking one credential and changing its allowed IPs, with every safety check made on the
// server: the page's checks are for the admin's convenience, these are the ones that hold. OVH's
// failures are thrown: the action frame (lib/actions/session-action.ts) says them.

export type SessionFacts = { currentCredentialId: number; egressIps: readonly string[] };

export const OWN_CREDENTIAL_REVOKE =
  "This is the credential this session signs with: revoking it here would cut the dashboard off mid-action. " +
  'Use "Disconnect and expire this credential" in the session menu instead.';

export async function revokeCredential(
  ovh: OvhClient,
  input: { id: number; confirmation: string },
  session: SessionFacts,
): Promise<ActionState<{ outcome: RevokeOutcome }>> {
  if (input.id === session.currentCredentialId) return failure(OWN_CREDENTIAL_REVOKE);
  try {
    // Read back what is about to be revoked: whether it can write decides the confirmation, not the page.
    const credential = await getCredential(ovh, input.id);
    if (hasWriteAccess(credential.rules) && input.confirmation.trim() !== String(input.id)) {
      const message = `This credential can change things: type its id, ${input.id}, to confirm.`;
      return failure(message, { fieldErrors: { confirmation: [message] } });
    }
    return ok({ outcome: await deleteCredential(ovh, input.id) });
  } catch (err) {
    if (isNotFound(err)) return ok({ outcome: "already-gone" });
    throw err;
  }
}

export async function changeAllowedIps(
  ovh: OvhClient,
  input: { id: number; allowedIps: string[] | null },
  session: SessionFacts,
): Promise<ActionState<{ allowedIps: string[] | null }>> {
  const lockout = checkLockout({
    allowedIps: input.allowedIps,
    isCurrent: input.id === session.currentCredentialId,
    egressIps: session.egressIps,
  });
  if (!lockout.ok) return failure(lockout.message, { fieldErrors: { ips: [lockout.message] } });
  await setAllowedIps(ovh, input.id, input.allowedIps);
  return ok({ allowedIps: input.allowedIps });
}
