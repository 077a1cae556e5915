import "server-only";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { isCredentialInvalid } from "@/lib/ovh/errors";
import { endSession, isConnected, readSession } from "@/lib/session/cookie";
import { clientForSession } from "@/lib/session/state";

// Forgets the session only when the server itself knows it is dead, never because a URL says so: any
// site can link the admin to /connect?reason=credential-invalid. Dead means the cookie cannot be opened
// (checked here, in this request) or OVH refuses the session's own signed GET /auth/currentCredential.
// A network failure or an OVH 5xx proves nothing, so the session is kept.

export type ForgetOutcome = "forgotten" | "kept" | "no-session";

export async function forgetSessionIfEnded(): Promise<ForgetOutcome> {
  const { session, unreadable } = await readSession();
  if (unreadable) {
    await endSession();
    return "forgotten";
  }
  if (!isConnected(session)) return "no-session";
  try {
    await getCurrentCredential(clientForSession(session));
    return "kept";
  } catch (err) {
    if (!isCredentialInvalid(err)) return "kept";
    await endSession();
    return "forgotten";
  }
}
