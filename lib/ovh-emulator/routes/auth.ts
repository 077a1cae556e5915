import type { Route } from "../api-context";
import { ovhErrors } from "../ovh-errors";
import { errorResponse, jsonResponse } from "../responses";
import { credentialJson } from "../serialize";
import { parseTokenRequest } from "../token-request";

// /auth/*: the server clock, token requests, and the caller's own credential.

export const authRoutes: Route[] = [
  {
    method: "GET",
    template: "/auth/time",
    access: "public",
    handle: (ctx) => jsonResponse(ctx.serverTimeSec),
  },
  {
    method: "POST",
    template: "/auth/credential",
    access: "public",
    handle: (ctx) => {
      const appKey = ctx.request.headers.get("x-ovh-application");
      const found = appKey ? ctx.store.findApplication(appKey) : undefined;
      if (!found || found.application.status === "blocked" || found.application.status === "inactive") {
        return errorResponse(ovhErrors.invalidKey);
      }
      const parsed = parseTokenRequest(ctx.body);
      if (!parsed.ok) return errorResponse(parsed.error);
      const credential = ctx.store.requestCredential(found.account, found.application, parsed.value);
      const token = encodeURIComponent(credential.credentialToken ?? "");
      return jsonResponse({
        validationUrl: `${ctx.origin}${ctx.basePath}/auth/?credentialToken=${token}`,
        consumerKey: credential.consumerKey,
        state: credential.status,
      });
    },
  },
  {
    method: "GET",
    template: "/auth/currentCredential",
    access: "signed-no-rule",
    handle: (ctx, auth) => jsonResponse(credentialJson(auth.credential, ctx.nowMs)),
  },
  {
    method: "POST",
    template: "/auth/logout",
    access: "signed-no-rule",
    handle: (ctx, auth) => {
      auth.credential.status = "expired";
      auth.credential.expiration = ctx.nowMs;
      return jsonResponse(null);
    },
  },
];
