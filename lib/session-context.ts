import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { requireOvh } from "@/lib/auth";
import { cachedRead } from "@/lib/credential-cache";
import { getAccount } from "@/lib/ovh/account";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { isCredentialInvalid } from "@/lib/ovh/errors";

/**
 * The account and the session's own credential for the signed-in shell: read once per request, and
 * shared for two seconds between requests of the same credential (lib/credential-cache.ts).
 */
export const getSessionContext = cache(async () => {
  const { ovh, info, cacheKey } = await requireOvh();
  try {
    const { value } = await cachedRead(cacheKey, "shell", async () => {
      const [account, credential] = await Promise.all([getAccount(ovh), getCurrentCredential(ovh)]);
      return { account, credential };
    });
    return { ovh, info, ...value };
  } catch (err) {
    if (isCredentialInvalid(err)) redirect("/connect?reason=credential-invalid");
    throw err;
  }
});

/** Redirects to /connect when OVH says the session's credential is dead; rethrows anything else. */
export function endSessionIfCredentialInvalid(err: unknown): never {
  if (isCredentialInvalid(err)) redirect("/connect?reason=credential-invalid");
  throw err;
}
