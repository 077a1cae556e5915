"use server";

import { redirect } from "next/navigation";
import { noInput, validatedAction } from "@/lib/actions/session-action";
import { ok } from "@/lib/actions/state";
import { forgetSessionIfEnded } from "@/lib/connect/forget-ended-session";
import { logout } from "@/lib/ovh/credentials";
import { endSession } from "@/lib/session/cookie";
import { type ConnectReason, connectUrl } from "@/lib/session/ended";
import { getOvh } from "@/lib/session/state";

// The session menu's actions need no session to run: signing out of a dead or unreadable session
// must work too.

const disconnect = validatedAction(noInput, async () => {
  await endSession();
  redirect(connectUrl("disconnected"));
});

const disconnectAndExpire = validatedAction(noInput, async () => {
  const current = await getOvh();
  let reason: ConnectReason = "expired";
  if (current) {
    try {
      await logout(current.ovh);
    } catch {
      // The keys are forgotten either way; the admin is told the credential may still be alive.
      reason = "expire-failed";
    }
  }
  await endSession();
  redirect(connectUrl(reason));
});

// These actions take no argument and are exported with none: Next records an action's arity in its id, and
// an action that declares no parameter is never handed the caller's arguments (whatever a hostile caller
// sends). The session menu posts the first two as <form> actions, which answer nothing: both redirect.

/** Forgets the keys. Nothing changes at OVH. */
export async function disconnectAction(): Promise<void> {
  await disconnect(undefined);
}

/** Expires the session's credential at OVH (POST /auth/logout), then forgets the keys. */
export async function disconnectAndExpireAction(): Promise<void> {
  await disconnectAndExpire(undefined);
}

const forgetSession = validatedAction(noInput, async () => {
  await forgetSessionIfEnded();
  return ok(null);
});

/**
 * Called from /connect?reason=credential-invalid|session-unreadable. Anyone can link there, so the
 * session is dropped only if the server confirms it is dead (lib/connect/forget-ended-session.ts).
 */
export async function forgetSessionAction() {
  return forgetSession(undefined);
}
