import type { Credential } from "@/lib/ovh/models";
import { normalizeRules, ruleListKey } from "./access-rule-scope";
import { canAct } from "./credential-state";

// Two credentials are duplicates when they belong to the same application and grant the same
// access rules from the same allowed IPs, both compared as sets (order and repeats do not matter;
// a null allowedIPs and an empty list both mean "no restriction"). Only credentials that can act
// or are still pending count: an expired twin is already reported as expired.

// Accounts repeat a few rule lists across many credentials: each list is put in canonical form once
// per call of findDuplicateGroups (keyed by its exact text), instead of sorting every credential's
// rules again.
function rulesKey(rules: Credential["rules"], canonical: Map<string, string>): string {
  const exact = ruleListKey(rules);
  let key = canonical.get(exact);
  if (key === undefined) {
    key = ruleListKey(normalizeRules(rules));
    canonical.set(exact, key);
  }
  return key;
}

function duplicateKey(credential: Credential, canonical: Map<string, string>): string {
  const rules = rulesKey(credential.rules, canonical);
  const ips = [...new Set((credential.allowedIPs ?? []).map((ip) => ip.trim()))].sort().join(",");
  return `${credential.applicationId}\u0000${rules}\u0000${ips}`;
}

/**
 * For each credential that has twins, its whole group: every id in it, this one included, ascending.
 * The group is one array shared by its members: a per-member copy of the others would take memory
 * and time growing with the square of the group's size, and Control Panel logins leave groups of
 * hundreds or thousands.
 */
export function findDuplicateGroups(
  credentials: readonly Credential[],
  now: Date | number,
): Map<number, readonly number[]> {
  const groups = new Map<string, number[]>();
  const canonical = new Map<string, string>();
  for (const credential of credentials) {
    if (!(canAct(credential, now) || credential.status === "pendingValidation")) continue;
    const key = duplicateKey(credential, canonical);
    const group = groups.get(key);
    if (group) group.push(credential.credentialId);
    else groups.set(key, [credential.credentialId]);
  }
  const duplicates = new Map<number, readonly number[]>();
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const group = ids.sort((a, b) => a - b);
    for (const id of group) duplicates.set(id, group);
  }
  return duplicates;
}
