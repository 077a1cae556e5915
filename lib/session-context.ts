import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { requireOvh } from "@/lib/auth";
import { getAccount } from "@/lib/ovh/account";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import { isCredentialInvalid } from "@/lib/ovh/errors";

/** The account and the session's own credential, read once per request for the signed-in shell. */
export const getSessionContext = cache(async () => {
  const { ovh, info } = await requireOvh();
  try {
    const [account, credential] = await Promise.all([getAccount(ovh), getCurrentCredential(ovh)]);
    return { ovh, info, account, credential };
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
