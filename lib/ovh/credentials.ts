import { z } from "zod";
import { type FetchManyOptions, fetchManyByIds } from "./batch";
import type { OvhClient } from "./client";
import { isNotFound } from "./errors";
import { assertOvhId } from "./ids";
import {
  type Application,
  applicationSchema,
  type Credential,
  type CredentialStatus,
  credentialSchema,
  idListSchema,
} from "./models";

// Credentials (consumer keys) of the signed-in account: /me/api/credential and /auth/*.

export type RevokeOutcome = "revoked" | "already-gone";

export async function listCredentialIds(
  ovh: OvhClient,
  filter: { status?: CredentialStatus; applicationId?: number; noCache?: boolean } = {},
): Promise<number[]> {
  const query = { applicationId: filter.applicationId, status: filter.status };
  return ovh.get("/me/api/credential", { schema: idListSchema, query, noCache: filter.noCache });
}

/** Credentials for `ids`; ids deleted in the meantime are simply absent. */
export function getCredentials(
  ovh: OvhClient,
  ids: readonly number[],
  options: FetchManyOptions<Credential> = {},
): Promise<Credential[]> {
  return fetchManyByIds(ovh, "/me/api/credential", ids, credentialSchema, options);
}

export async function getCredential(ovh: OvhClient, id: number): Promise<Credential> {
  return ovh.get(`/me/api/credential/${assertOvhId(id)}`, { schema: credentialSchema });
}

/** A credential already deleted (404) counts as revoked: the outcome the user asked for holds. */
export async function deleteCredential(ovh: OvhClient, id: number): Promise<RevokeOutcome> {
  try {
    await ovh.del(`/me/api/credential/${assertOvhId(id)}`, { schema: z.unknown() });
    return "revoked";
  } catch (err) {
    if (isNotFound(err)) return "already-gone";
    throw err;
  }
}

/**
 * Restricts a credential to IP blocks, or lifts the restriction with `null`.
 * The PUT body is an auth.ApiCredential, but every field of it is optional and all except
 * `allowedIPs` are read-only (me-api.json), so only `{"allowedIPs": …}` is sent, as python-ovh's
 * `client.put(path, allowedIPs=…)` would. Echoing read-only fields back could be refused.
 */
export async function setAllowedIps(ovh: OvhClient, id: number, ips: string[] | null): Promise<void> {
  await ovh.put(`/me/api/credential/${assertOvhId(id)}`, { schema: z.unknown(), body: { allowedIPs: ips } });
}

export async function getCredentialApplication(ovh: OvhClient, id: number): Promise<Application> {
  return ovh.get(`/me/api/credential/${assertOvhId(id)}/application`, { schema: applicationSchema });
}

/** The credential this client signs with (needs no access rule). */
export function getCurrentCredential(ovh: OvhClient): Promise<Credential> {
  return ovh.get("/auth/currentCredential", { schema: credentialSchema });
}

/** Expires the credential this client signs with. */
export async function logout(ovh: OvhClient): Promise<void> {
  await ovh.post("/auth/logout", { schema: z.unknown() });
}
