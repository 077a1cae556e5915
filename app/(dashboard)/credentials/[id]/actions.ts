"use server";

import { sessionAction } from "@/lib/actions/session-action";
import { sessionFacts } from "@/lib/allowed-ips/egress";
import { isQuarantined } from "@/lib/allowed-ips/quarantine-memory";
import { changeAllowedIps, revokeCredential } from "@/lib/credentials/changes";
import {
  forgetQuarantineOf,
  quarantineCredential,
  restoreCredential,
  restoreFromFile,
} from "@/lib/credentials/quarantine";
import { restoreFromFileSchema } from "@/lib/credentials/quarantine-file-schema";
import { allowedIpsChangeSchema, credentialIdSchema, revokeCredentialSchema } from "@/lib/credentials/schemas";

// The credential detail page's actions. Every refusal that protects the session's own credential
// is made again in lib/, whatever the page sent.

export const revokeCredentialAction = sessionAction(revokeCredentialSchema, (input, { ovh, info }) =>
  revokeCredential(ovh, input, sessionFacts(info)),
);

export const setAllowedIpsAction = sessionAction(
  allowedIpsChangeSchema,
  async (input, { ovh, info }) => {
    const state = await changeAllowedIps(ovh, input, sessionFacts(info));
    if (state.status === "ok" && !isQuarantined(input.allowedIps)) await forgetQuarantineOf(input.id);
    return state;
  },
  { invalidMessage: "Some entries are not valid IP addresses or ranges." },
);

export const quarantineCredentialAction = sessionAction(credentialIdSchema, (input, { ovh, info }) =>
  quarantineCredential(ovh, input.id, sessionFacts(info)),
);

export const restoreCredentialAction = sessionAction(credentialIdSchema, (input, { ovh, info }) =>
  restoreCredential(ovh, input.id, sessionFacts(info)),
);

export const restoreFromFileAction = sessionAction(restoreFromFileSchema, (input, { ovh, info }) =>
  restoreFromFile(ovh, input.id, input.file, sessionFacts(info)),
);
