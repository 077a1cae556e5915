import type { Route } from "../api-context";
import { jsonResponse } from "../responses";

export const accountRoutes: Route[] = [
  {
    method: "GET",
    template: "/me",
    access: "signed",
    handle: (_ctx, auth) => jsonResponse(auth.account.profile),
  },
];
