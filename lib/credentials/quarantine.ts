import "server-only";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { checkLockout } from "@/lib/allowed-ips/lockout";
import {
  forgetQuarantine,
  isQuarantined,
  previousAllowedIps,
  QUARANTINE_IPS,
  rememberQuarantine,
} from "@/lib/allowed-ips/quarantine-memory";
import type { SessionFacts } from "@/lib/credentials/changes";
import { readQuarantineFile } from "@/lib/credentials/quarantine-file-schema";
import type { OvhClient } from "@/lib/ovh/client";
import { getCredential, setAllowedIps } from "@/lib/ovh/credentials";
import { fitsInCookie, getSession, updateSession } from "@/lib/session/cookie";
import { makeRoom } from "@/lib/session/make-room";

// Quarantine and Restore. The previous list is read from OVH (not from the page) and kept in the
// encrypted session cookie; the cookie is written only once OVH has accepted the change, and only
// after checking, before OVH is called, that the sealed cookie will still fit (a browser drops one
// that does not, silently, and every remembered list with it). OVH's failures are thrown: the action
// frame (lib/actions/session-action.ts) says them.

export const OWN_CREDENTIAL_QUARANTINE =
  "This is the credential this session signs with: quarantining it would cut the dashboard off. " +
  'Use "Disconnect and expire this credential" in the session menu instead.';

const LIST_TOO_LONG =
  "Its allowed-IP list is too long to keep in this session, so Restore could not bring it back. " +
  "Copy the list and use Edit allowed IPs instead. Nothing was changed.";

export const SESSION_FULL =
  "This session has no room left to remember another list for Restore (a browser cookie holds about 4 KB). " +
  "Restore some quarantined credentials first, or sign in again after downloading their lists. Nothing was changed.";

export async function quarantineCredential(
  ovh: OvhClient,
  id: number,
  facts: SessionFacts,
): Promise<ActionState<{ previous: string[] | null; quarantinedAt: string }>> {
  if (id === facts.currentCredentialId) return failure(OWN_CREDENTIAL_QUARANTINE);
  const session = await getSession();
  const credential = await getCredential(ovh, id);
  if (isQuarantined(credential.allowedIPs)) return failure("This credential is already quarantined.");
  const remembered = rememberQuarantine(session.quarantined, id, credential.allowedIPs);
  if (!remembered.ok) return failure(remembered.reason === "full" ? SESSION_FULL : LIST_TOO_LONG);
  // The oldest tracked token requests may give way; restore data and keys never do.
  const room = await makeRoom({ ...session, quarantined: remembered.memory }, fitsInCookie);
  if (!room) return failure(SESSION_FULL);
  await setAllowedIps(ovh, id, [...QUARANTINE_IPS]);
  await updateSession((data) => {
    data.quarantined = remembered.memory;
    data.tokenRequests = room.tokenRequests;
  });
  return ok({ previous: credential.allowedIPs, quarantinedAt: new Date().toISOString() });
}

export async function restoreCredential(
  ovh: OvhClient,
  id: number,
  facts: SessionFacts,
): Promise<ActionState<{ allowedIps: string[] | null }>> {
  const session = await getSession();
  const previous = previousAllowedIps(session.quarantined, id);
  if (previous === undefined) {
    return failure(
      "This session does not know the list this credential had before its quarantine. Restore it from its downloaded file, or set the allowed IPs with the form.",
    );
  }
  return restoreList(ovh, id, previous, facts);
}

/** Restore from the file downloaded at quarantine time: for a session that does not remember the list. */
export async function restoreFromFile(
  ovh: OvhClient,
  id: number,
  text: string,
  facts: SessionFacts,
): Promise<ActionState<{ allowedIps: string[] | null }>> {
  const read = readQuarantineFile(text, id);
  if (!read.ok) return failure(read.message);
  return restoreList(ovh, id, read.allowedIps, facts);
}

async function restoreList(
  ovh: OvhClient,
  id: number,
  previous: string[] | null,
  facts: SessionFacts,
): Promise<ActionState<{ allowedIps: string[] | null }>> {
  const lockout = checkLockout({
    allowedIps: previous,
    isCurrent: id === facts.currentCredentialId,
    egressIps: facts.egressIps,
  });
  if (!lockout.ok) return failure(lockout.message);
  const credential = await getCredential(ovh, id);
  if (!isQuarantined(credential.allowedIPs)) {
    await forgetQuarantineOf(id);
    return failure("Its allowed IPs were changed since the quarantine, so nothing was restored.");
  }
  await setAllowedIps(ovh, id, previous);
  await forgetQuarantineOf(id);
  return ok({ allowedIps: previous });
}

/** An edit replaces whatever the quarantine kept, so Restore must not offer the old list any more. */
export async function forgetQuarantineOf(id: number) {
  const session = await getSession();
  if (previousAllowedIps(session.quarantined, id) === undefined) return;
  await updateSession((data) => {
    data.quarantined = forgetQuarantine(data.quarantined, id);
  });
}
