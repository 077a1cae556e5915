import "server-only";
import { cache } from "react";
import { cachedRead } from "@/lib/inventory/cache";
import { getAccount } from "@/lib/ovh/account";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { describeOvhError } from "@/lib/ovh/errors";
import type { Account, Credential } from "@/lib/ovh/models";
import { leaveIfCredentialInvalid } from "@/lib/session/credential-invalid";
import { requireOvh, type SessionInfo } from "@/lib/session/state";

export type SessionShell =
  | { status: "ok"; info: SessionInfo; account: Account; credential: Credential }
  | { status: "unavailable"; info: SessionInfo; message: string; queryId?: string };

/**
 * The account and the session's own credential for the signed-in shell: read once per request, and
 * shared for two seconds between requests of the same credential (lib/inventory/cache.ts). When OVH
 * fails to answer (after the client's retries), the shell says so and the page still renders: its
 * own calls have their own error states, and a decorative header must not take them down with it.
 */
export const getSessionShell = cache(async (): Promise<SessionShell> => {
  const { ovh, info, cacheKey } = await requireOvh();
  try {
    const { value } = await cachedRead(cacheKey, "shell", async () => {
      const [account, credential] = await Promise.all([getAccount(ovh), getCurrentCredential(ovh)]);
      return { account, credential };
    });
    return { status: "ok", info, ...value };
  } catch (err) {
    leaveIfCredentialInvalid(err);
    const { message, queryId } = describeOvhError(err);
    return { status: "unavailable", info, message, queryId };
  }
});
