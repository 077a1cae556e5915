"use server";

import { invalid } from "@/lib/actions/state";
import { sessionFacts } from "@/lib/allowed-ips/egress";
import { isQuarantined } from "@/lib/allowed-ips/quarantine-memory";
import { changeAllowedIps, revokeCredential } from "@/lib/credentials/changes";
import { forgetQuarantineOf, quarantineCredential, restoreCredential } from "@/lib/credentials/quarantine";
import { allowedIpsChangeSchema, credentialIdSchema, revokeCredentialSchema } from "@/lib/credentials/schemas";
import { endSessionIfCredentialInvalid } from "@/lib/session/shell";
import { requireOvh } from "@/lib/session/state";

// The credential detail page's actions: parse, re-check the session, delegate to lib/. Every
// refusal that protects the session's own credential is made again in lib/, whatever the page sent.

export async function revokeCredentialAction(input: unknown) {
  const parsed = revokeCredentialSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ovh, info } = await requireOvh();
  return revokeCredential(ovh, parsed.data, sessionFacts(info)).catch(endSessionIfCredentialInvalid);
}

export async function setAllowedIpsAction(input: unknown) {
  const parsed = allowedIpsChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "Some entries are not valid IP addresses or ranges.");
  const { ovh, info } = await requireOvh();
  const state = await changeAllowedIps(ovh, parsed.data, sessionFacts(info)).catch(endSessionIfCredentialInvalid);
  if (state.status === "ok" && !isQuarantined(parsed.data.allowedIps)) await forgetQuarantineOf(parsed.data.id);
  return state;
}

export async function quarantineCredentialAction(input: unknown) {
  const parsed = credentialIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ovh, info } = await requireOvh();
  return quarantineCredential(ovh, parsed.data.id, sessionFacts(info)).catch(endSessionIfCredentialInvalid);
}

export async function restoreCredentialAction(input: unknown) {
  const parsed = credentialIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ovh, info } = await requireOvh();
  return restoreCredential(ovh, parsed.data.id, sessionFacts(info)).catch(endSessionIfCredentialInvalid);
}
