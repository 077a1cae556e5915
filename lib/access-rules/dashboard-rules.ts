import type { AccessRule } from "@/lib/ovh/models";
import { patternCovers } from "./coverage";
import { rulesGrant } from "./match";
import { dashboardOptionalRules, dashboardRequiredRules } from "./templates";

// Whether a credential can drive this dashboard. Each needed rule is checked through concrete
// calls the dashboard makes ("123,456" is an X-Ovh-Batch read), so rules spelled differently
// (/me/*, /*) pass too. A sample id alone would let a rule pinned to that id pass, so a wildcard
// rule must also be covered by one granted pattern: the dashboard needs every id, not one.

const extraSamples: Record<string, string[]> = {
  "GET /me/api/credential/*": ["/me/api/credential/123/application"],
};

function sampleCalls(rule: AccessRule): string[] {
  if (!rule.path.includes("*")) return [rule.path];
  const samples = [rule.path.replace(/\*/g, "123"), rule.path.replace(/\*/g, "98765")];
  if (rule.method === "GET") samples.push(rule.path.replace(/\*/g, "123,456"));
  return [...samples, ...(extraSamples[`${rule.method} ${rule.path}`] ?? [])];
}

function holds(rules: readonly AccessRule[], needed: AccessRule): boolean {
  if (!sampleCalls(needed).every((path) => rulesGrant(rules, needed.method, path))) return false;
  return rules.some((rule) => rule.method === needed.method && patternCovers(rule.path, needed.path));
}

function notGranted(rules: readonly AccessRule[], needed: readonly AccessRule[]): AccessRule[] {
  return needed.filter((rule) => !holds(rules, rule));
}

export function holdsDashboardRules(rules: readonly AccessRule[]): {
  ok: boolean;
  /** Required rules whose calls these rules do not grant. */
  missing: AccessRule[];
  /** Optional rules (allowed-IP edits) not granted: the dashboard works, without that feature. */
  missingOptional: AccessRule[];
} {
  const missing = notGranted(rules, dashboardRequiredRules);
  return { ok: missing.length === 0, missing, missingOptional: notGranted(rules, dashboardOptionalRules) };
}
