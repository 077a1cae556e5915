"use server";

import { sessionAction } from "@/lib/actions/session-action";
import type { ActionState } from "@/lib/actions/state";
import { createTokenRequest } from "@/lib/token-requests/create";
import {
  type CreatedTokenRequest,
  createTokenRequestSchema,
  tokenRequestIdSchema,
} from "@/lib/token-requests/create-input";
import { revokeReplacedCredential } from "@/lib/token-requests/revoke-replaced";
import { switchSessionToTokenRequest } from "@/lib/token-requests/switch-session";

const createInSession = sessionAction(
  createTokenRequestSchema,
  (values, session) => createTokenRequest(session, values),
  { invalidMessage: "Some rules or fields need attention." },
);

/** The form's action (useActionState): the previous state is not read. */
export async function createTokenRequestAction(
  _prev: ActionState<CreatedTokenRequest>,
  input: unknown,
): Promise<ActionState<CreatedTokenRequest>> {
  return createInSession(input);
}

export const switchSessionToTokenRequestAction = sessionAction(tokenRequestIdSchema, (id, session) =>
  switchSessionToTokenRequest(session, id),
);

export const revokeReplacedCredentialAction = sessionAction(tokenRequestIdSchema, (id, session) =>
  revokeReplacedCredential(session, id),
);
