import type { Route } from "../api-context";
import { objectNotFound } from "../ovh-errors";
import { errorResponse, jsonResponse } from "../responses";
import { applicationJson } from "../serialize";
import type { Account } from "../store";
import { getByIdOrBatch, invalidId, parseId } from "./by-id";

// /me/api/application: only the account's own applications. Foreign ones (OVH's consoles)
// are reachable solely through /me/api/credential/{id}/application.

function ownedApplication(account: Account, id: number) {
  const application = account.applications.get(id);
  return application?.owned ? application : null;
}

export const applicationRoutes: Route[] = [
  {
    method: "GET",
    template: "/me/api/application",
    access: "signed",
    handle: (_ctx, { account }) => {
      const ids = [...account.applications.values()].filter((a) => a.owned).map((a) => a.applicationId);
      return jsonResponse(ids.sort((a, b) => a - b));
    },
  },
  {
    method: "GET",
    template: "/me/api/application/{applicationId}",
    access: "signed",
    handle: (ctx, { account }) =>
      getByIdOrBatch(ctx, account, "applicationId", (id) => {
        const application = ownedApplication(account, id);
        return application ? applicationJson(application) : null;
      }),
  },
  {
    method: "DELETE",
    template: "/me/api/application/{applicationId}",
    access: "signed",
    handle: (ctx, { account }) => {
      const raw = ctx.params.applicationId ?? "";
      const id = parseId(raw);
      if (id === null) return invalidId("applicationId");
      if (!ownedApplication(account, id)) return errorResponse(objectNotFound("applicationId", raw));
      ctx.store.deleteApplication(account, id);
      return jsonResponse(null);
    },
  },
];
