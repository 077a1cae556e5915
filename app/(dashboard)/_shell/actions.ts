"use server";

import { redirect } from "next/navigation";
import { forgetSessionIfEnded } from "@/lib/connect/forget-ended-session";
import { logout } from "@/lib/ovh/credentials";
import { getSession } from "@/lib/session/cookie";
import { getOvh } from "@/lib/session/state";

/** Forgets the keys. Nothing changes at OVH. */
export async function disconnectAction() {
  (await getSession()).destroy();
  redirect("/connect?reason=disconnected");
}

/** Expires the session's credential at OVH (POST /auth/logout), then forgets the keys. */
export async function disconnectAndExpireAction() {
  const current = await getOvh();
  let reason = "expired";
  if (current) {
    try {
      await logout(current.ovh);
    } catch {
      // The keys are forgotten either way; the admin is told the credential may still be alive.
      reason = "expire-failed";
    }
  }
  (await getSession()).destroy();
  redirect(`/connect?reason=${reason}`);
}

/**
 * Called from /connect?reason=credential-invalid|session-unreadable. Anyone can link there, so the
 * session is dropped only if the server confirms it is dead (lib/connect/forget-ended-session.ts).
 */
export async function forgetSessionAction() {
  await forgetSessionIfEnded();
}
