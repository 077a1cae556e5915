"use server";

import { redirect } from "next/navigation";
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

/** Drops keys OVH no longer accepts. Called from /connect after a dead credential was detected. */
export async function forgetSessionAction() {
  (await getSession()).destroy();
}
