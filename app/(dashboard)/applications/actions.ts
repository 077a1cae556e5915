"use server";

import { invalid } from "@/lib/actions/state";
import { deleteKeylessApplications, revokeApplication } from "@/lib/applications/changes";
import { deleteKeylessSchema, revokeApplicationSchema } from "@/lib/applications/schemas";
import { endSessionIfCredentialInvalid } from "@/lib/session/shell";
import { requireOvh } from "@/lib/session/state";

export async function revokeApplicationAction(input: unknown) {
  const parsed = revokeApplicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ovh } = await requireOvh();
  return revokeApplication(ovh, parsed.data).catch(endSessionIfCredentialInvalid);
}

export async function deleteKeylessApplicationsAction(input: unknown) {
  const parsed = deleteKeylessSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ovh } = await requireOvh();
  return deleteKeylessApplications(ovh, parsed.data.ids).catch(endSessionIfCredentialInvalid);
}
