import { expandRuleRows } from "@/lib/access-rules/builder";
import { dashboardOptionalRules, dashboardRequiredRules, templateById } from "@/lib/access-rules/templates";
import type { AccessRule } from "@/lib/ovh/models";

// The rules "connect with an application key and secret only" asks for: this dashboard's own
// management rules by default, full access only when the admin explicitly chooses it.

export const connectAccessChoices = ["ovh-keys", "full-access"] as const;
export type ConnectAccessChoice = (typeof connectAccessChoices)[number];

export function connectRequestRules(
  choice: ConnectAccessChoice,
  options: { allowIpEdits?: boolean } = {},
): AccessRule[] {
  if (choice === "full-access") return expandRuleRows(templateById("full-access")?.rows ?? []);
  return [...dashboardRequiredRules, ...(options.allowIpEdits ? dashboardOptionalRules : [])];
}
