"use server";

import { sessionAction } from "@/lib/actions/session-action";
import { revokeApplication } from "@/lib/applications/changes";
import { revokeApplicationSchema } from "@/lib/applications/schemas";

export const revokeApplicationAction = sessionAction(revokeApplicationSchema, (input, { ovh }) =>
  revokeApplication(ovh, input),
);
