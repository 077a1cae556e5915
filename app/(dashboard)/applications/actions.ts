"use server";

import { invalid } from "@/lib/action-state";
import { deleteKeylessSchema, revokeApplicationSchema } from "@/lib/application-action-schemas";
import { deleteKeylessApplications, revokeApplication } from "@/lib/application-changes";
import { requireOvh } from "@/lib/auth";
import { endSessionIfCredentialInvalid } from "@/lib/session-context";

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
