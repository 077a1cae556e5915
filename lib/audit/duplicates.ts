import type { Credential } from "@/lib/ovh/models";
import { normalizeRules, ruleKey } from "./access-rule-scope";
import { canAct } from "./credential-state";

// Two credentials are duplicates when they belong to the same application and grant the same
// access rules from the same allowed IPs, both compared as sets (order and repeats do not matter;
// a null allowedIPs and an empty list both mean "no restriction"). Only credentials that can act
// or are still pending count: an expired twin is already reported as expired.

function duplicateKey(credential: Credential): string {
  const rules = normalizeRules(credential.rules).map(ruleKey).join("\n");
  const ips = [...new Set((credential.allowedIPs ?? []).map((ip) => ip.trim()))].sort().join(",");
  return `${credential.applicationId}\u0000${rules}\u0000${ips}`;
}

/** For each credential that has twins, the ids of the others, ascending. */
export function findDuplicates(credentials: readonly Credential[], now: Date | number): Map<number, number[]> {
  const groups = new Map<string, number[]>();
  for (const credential of credentials) {
    if (!(canAct(credential, now) || credential.status === "pendingValidation")) continue;
    const key = duplicateKey(credential);
    const group = groups.get(key);
    if (group) group.push(credential.credentialId);
    else groups.set(key, [credential.credentialId]);
  }
  const duplicates = new Map<number, number[]>();
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const sorted = [...ids].sort((a, b) => a - b);
    for (const id of sorted)
      duplicates.set(
        id,
        sorted.filter((other) => other !== id),
      );
  }
  return duplicates;
}
