import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { confirmsApplication } from "@/lib/audit/application-summary";
import { deleteApplication, getApplication, listApplicationIds } from "@/lib/ovh/applications";
import type { OvhClient } from "@/lib/ovh/client";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { getCurrentCredential, listCredentialIds, type RevokeOutcome } from "@/lib/ovh/credentials";
import { describeOvhError, isNotFound } from "@/lib/ovh/errors";
import { mapWithConcurrency } from "@/lib/ovh/pool";
import { type RevocationResult, revokeEach } from "@/lib/revocation/bulk";

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

const CONCURRENCY = OVH_CONCURRENCY;

/**
 * Deletes the given applications if they are still owned and still keyless. One result per id:
 * revoked, already gone (no longer listed), or failed with a message (and OVH's query id).
 */
export async function deleteKeylessApplications(
  ovh: OvhClient,
  ids: readonly number[],
): Promise<ActionState<{ results: RevocationResult[] }>> {
  const unique = [...new Set(ids)];
  const owned = new Set(await listApplicationIds(ovh, { noCache: true }));
  // A credential may have been created since the preview: such an application is no longer keyless.
  const checks = await mapWithConcurrency(unique, CONCURRENCY, async (id): Promise<RevocationResult | null> => {
    if (!owned.has(id)) return { id, outcome: "already-gone" };
    try {
      const credentials = await listCredentialIds(ovh, { applicationId: id, noCache: true });
      if (credentials.length === 0) return null;
      const count = `${credentials.length} credential${credentials.length === 1 ? "" : "s"}`;
      return { id, outcome: "failed", message: `It has ${count} now, so it was left alone.` };
    } catch (err) {
      return { id, outcome: "failed", ...describeOvhError(err) };
    }
  });
  const deletable = unique.filter((_, index) => checks[index] === null);
  const deleted = await revokeEach(deletable, (id) => deleteApplication(ovh, id), { concurrency: CONCURRENCY });
  const byId = new Map(deleted.map((result) => [result.id, result]));
  const results = unique.map(
    (id, index) => checks[index] ?? byId.get(id) ?? { id, outcome: "failed" as const, message: "No answer." },
  );
  return ok({ results });
}
