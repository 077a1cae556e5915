import { z } from "zod";
import { type FetchManyOptions, fetchManyByIds } from "./batch";
import type { OvhClient } from "./client";
import type { RevokeOutcome } from "./credentials";
import { isNotFound } from "./errors";
import { assertOvhId } from "./ids";
import { type Application, applicationSchema, idListSchema } from "./models";

// Applications (AK/AS pairs) created by the account: /me/api/application.

export function listApplicationIds(ovh: OvhClient, options: { noCache?: boolean } = {}): Promise<number[]> {
  return ovh.get("/me/api/application", { schema: idListSchema, noCache: options.noCache });
}

/** Applications for `ids`; ids deleted in the meantime are simply absent. */
export function getApplications(
  ovh: OvhClient,
  ids: readonly number[],
  options: FetchManyOptions<Application> = {},
): Promise<Application[]> {
  return fetchManyByIds(ovh, "/me/api/application", ids, applicationSchema, options);
}

export async function getApplication(ovh: OvhClient, id: number): Promise<Application> {
  return ovh.get(`/me/api/application/${assertOvhId(id)}`, { schema: applicationSchema });
}

/** Deleting an application revokes every credential of it (OVH schema summary). */
export async function deleteApplication(ovh: OvhClient, id: number): Promise<RevokeOutcome> {
  try {
    await ovh.del(`/me/api/application/${assertOvhId(id)}`, { schema: z.unknown() });
    return "revoked";
  } catch (err) {
    if (isNotFound(err)) return "already-gone";
    throw err;
  }
}
