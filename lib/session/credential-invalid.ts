import "server-only";
import { redirect } from "next/navigation";
import { isCredentialInvalid } from "@/lib/ovh/errors";
import { connectUrl } from "@/lib/session/ended";

// Where a page, the shell, the audit prefetch or a server action goes when OVH refuses the session's
// own credential: to /connect, which says why and forgets the keys (app/connect/forget-ended-session.tsx).
// Route handlers cannot redirect a fetch: they end the session and answer 401 (lib/http/route-handler.ts).

/** Sends the browser to /connect when OVH says the session's credential is dead; returns otherwise. */
export function leaveIfCredentialInvalid(err: unknown): void {
  if (isCredentialInvalid(err)) redirect(connectUrl("credential-invalid"));
}

/** As leaveIfCredentialInvalid, then rethrows: for a promise's catch. */
export function leaveIfCredentialInvalidOrThrow(err: unknown): never {
  leaveIfCredentialInvalid(err);
  throw err;
}
