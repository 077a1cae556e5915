import { credentialStatusSchema } from "@/lib/ovh/models";
import type { ApiContext, Route } from "../api-context";
import { takeDeleteFailure } from "../faults";
import { refreshStatus } from "../model";
import { badBodyParameter, badQueryParameter, injectedFault, objectNotFound } from "../ovh-errors";
import { errorResponse, jsonResponse } from "../responses";
import { applicationJson, credentialJson } from "../serialize";
import type { Account } from "../store";
import { allowedIPsSchema } from "../token-request";
import { batchSeparator, getByIdOrBatch, invalidId, parseId } from "./by-id";

// /me/api/credential: list with filters, read (also batched), change allowedIPs, revoke, and
// the credential's application (foreign applications included).

function withCredential(
  ctx: ApiContext,
  account: Account,
  then: (id: number) => Response | Promise<Response>,
): Response | Promise<Response> {
  const raw = ctx.params.credentialId ?? "";
  const id = parseId(raw);
  if (id === null) return invalidId("credentialId");
  if (!account.credentials.has(id)) return errorResponse(objectNotFound("credentialId", raw));
  return then(id);
}

function listCredentials(ctx: ApiContext, account: Account): Response {
  const applicationIdText = ctx.query.get("applicationId");
  const statusText = ctx.query.get("status");
  const applicationId = applicationIdText === null ? null : parseId(applicationIdText);
  if (applicationIdText !== null && applicationId === null) {
    return errorResponse(badQueryParameter("applicationId", "should be a long"));
  }
  const status = statusText === null ? null : credentialStatusSchema.safeParse(statusText);
  if (status && !status.success) {
    return errorResponse(
      badQueryParameter("status", "should be one of expired, pendingValidation, refused, validated"),
    );
  }
  const ids: number[] = [];
  for (const credential of account.credentials.values()) {
    refreshStatus(credential, ctx.nowMs);
    if (applicationId !== null && credential.applicationId !== applicationId) continue;
    if (status && credential.status !== status.data) continue;
    ids.push(credential.credentialId);
  }
  return jsonResponse(ids.sort((a, b) => a - b));
}

function updateAllowedIPs(ctx: ApiContext, account: Account, id: number): Response {
  let body: unknown;
  try {
    body = JSON.parse(ctx.body);
  } catch {
    return errorResponse(badBodyParameter("allowedIPs"));
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return errorResponse(badBodyParameter("allowedIPs"));
  // Every other auth.ApiCredential field is read-only and silently ignored, as OVH does.
  if (!("allowedIPs" in body)) return jsonResponse(null);
  const parsed = allowedIPsSchema.safeParse(body.allowedIPs);
  if (!parsed.success) return errorResponse(badBodyParameter("allowedIPs"));
  const credential = account.credentials.get(id);
  if (credential) credential.allowedIPs = parsed.data ?? null;
  return jsonResponse(null);
}

/** The failReads knob: a read touching a scripted id fails as a whole, batch or not. */
function failedRead(ctx: ApiContext, account: Account): Response | null {
  const fail = account.knobs.failReads;
  if (!fail) return null;
  const ids = (ctx.params.credentialId ?? "").split(batchSeparator(ctx, account) ?? ",").map(parseId);
  return ids.some((id) => id !== null && fail.ids.includes(id)) ? errorResponse(injectedFault(fail.status)) : null;
}

export const credentialRoutes: Route[] = [
  {
    method: "GET",
    template: "/me/api/credential",
    access: "signed",
    handle: (ctx, { account }) => listCredentials(ctx, account),
  },
  {
    method: "GET",
    template: "/me/api/credential/{credentialId}",
    access: "signed",
    handle: (ctx, { account }) =>
      failedRead(ctx, account) ??
      getByIdOrBatch(ctx, account, "credentialId", (id) => {
        const credential = account.credentials.get(id);
        return credential ? credentialJson(credential, ctx.nowMs) : null;
      }),
  },
  {
    method: "PUT",
    template: "/me/api/credential/{credentialId}",
    access: "signed",
    handle: (ctx, { account }) => withCredential(ctx, account, (id) => updateAllowedIPs(ctx, account, id)),
  },
  {
    method: "DELETE",
    template: "/me/api/credential/{credentialId}",
    access: "signed",
    handle: (ctx, { account }) =>
      withCredential(ctx, account, (id) => {
        const failure = takeDeleteFailure(account, id);
        if (failure && !failure.afterCommit) return errorResponse(injectedFault(failure.status));
        ctx.store.deleteCredential(account, id);
        // The deletion happened but its answer is lost: a retry finds the credential gone (404).
        return failure ? errorResponse(injectedFault(failure.status)) : jsonResponse(null);
      }),
  },
  {
    method: "GET",
    template: "/me/api/credential/{credentialId}/application",
    access: "signed",
    handle: (ctx, { account }) =>
      withCredential(ctx, account, (id) => {
        const credential = account.credentials.get(id);
        const application = credential && account.applications.get(credential.applicationId);
        if (!application) return errorResponse(objectNotFound("credentialId", String(id)));
        return jsonResponse(applicationJson(application));
      }),
  },
];
