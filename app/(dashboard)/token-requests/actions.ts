"use server";

import { redirect } from "next/navigation";
import { type ActionState, failure } from "@/lib/actions/state";
import { createTokenRequest } from "@/lib/token-requests/create";
import { type CreatedTokenRequest, tokenRequestIdSchema } from "@/lib/token-requests/create-input";
import { revokeReplacedCredential } from "@/lib/token-requests/revoke-replaced";
import { connectUrlFor } from "@/lib/token-requests/session-requests";
import { switchSessionToTokenRequest } from "@/lib/token-requests/switch-session";

// Thin wrappers: parsing and OVH calls live in lib/token-requests; a session that ended sends the
// browser to /connect (outside any try, so Next's redirect is not swallowed).

export async function createTokenRequestAction(
  _prev: ActionState<CreatedTokenRequest>,
  input: unknown,
): Promise<ActionState<CreatedTokenRequest>> {
  const result = await createTokenRequest(input);
  if (result.status === "session-ended") redirect(connectUrlFor(result));
  return result;
}

export async function switchSessionToTokenRequestAction(id: unknown): Promise<ActionState<{ credentialId: number }>> {
  const parsed = tokenRequestIdSchema.safeParse(id);
  if (!parsed.success) return failure("This is not a token request id.");
  const result = await switchSessionToTokenRequest(parsed.data);
  if (result.status === "session-ended") redirect(connectUrlFor(result));
  return result;
}

export async function revokeReplacedCredentialAction(
  id: unknown,
): Promise<ActionState<{ credentialId: number; outcome: "revoked" | "already-gone" }>> {
  const parsed = tokenRequestIdSchema.safeParse(id);
  if (!parsed.success) return failure("This is not a token request id.");
  const result = await revokeReplacedCredential(parsed.data);
  if (result.status === "session-ended") redirect(connectUrlFor(result));
  return result;
}
