import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { confirmsApplication } from "@/lib/audit/application-summary";
import { deleteApplication, getApplication } from "@/lib/ovh/applications";
import type { OvhClient } from "@/lib/ovh/client";
import { getCurrentCredential, type RevokeOutcome } from "@/lib/ovh/credentials";
import { isNotFound } from "@/lib/ovh/errors";

// Deleting applications. OVH revokes every credential of a deleted application with it, so the
// server re-reads ownership, the session's own application and the credential counts itself.
// OVH's failures are thrown: the action frame (lib/actions/session-action.ts) says them.

export const NOT_OWNED =
  "OVH does not list this application among the account's own: it belongs to someone else (OVH's consoles, " +
  "a third-party tool), so only its credentials can be revoked, or it was deleted already.";

export const OWN_APPLICATION =
  "This application holds the credential this session signs with: deleting it would revoke that credential " +
  "and end this session halfway. Connect with a credential of another application to delete this one.";

export async function revokeApplication(
  ovh: OvhClient,
  input: { id: number; confirmation: string },
): Promise<ActionState<{ outcome: RevokeOutcome }>> {
  const [application, current] = await Promise.all([
    getApplication(ovh, input.id).catch((err) => (isNotFound(err) ? null : Promise.reject(err))),
    getCurrentCredential(ovh),
  ]);
  if (application === null) return failure(NOT_OWNED);
  if (current.applicationId === input.id) return failure(OWN_APPLICATION);
  if (!confirmsApplication(input.confirmation, application)) {
    const message = "Type the application's exact name, or its id, to confirm.";
    return failure(message, { fieldErrors: { confirmation: [message] } });
  }
  return ok({ outcome: await deleteApplication(ovh, input.id) });
}
