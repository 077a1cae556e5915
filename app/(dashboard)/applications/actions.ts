"use server";

import { sessionAction } from "@/lib/actions/session-action";
import { deleteKeylessApplications, revokeApplication } from "@/lib/applications/changes";
import { deleteKeylessSchema, revokeApplicationSchema } from "@/lib/applications/schemas";

export const revokeApplicationAction = sessionAction(revokeApplicationSchema, (input, { ovh }) =>
  revokeApplication(ovh, input),
);

export const deleteKeylessApplicationsAction = sessionAction(deleteKeylessSchema, (input, { ovh }) =>
  deleteKeylessApplications(ovh, input.ids),
);
