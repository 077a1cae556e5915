import { finding } from "@/lib/audit/finding-catalogue";
import type { Credential } from "@/lib/ovh/models";
import { canAct } from "./credential-state";
import { findDuplicateGroups } from "./duplicates";
import { lifecycleFindings, originFindings } from "./lifecycle-findings";
import { ruleFindings } from "./rule-findings";
import { type ApplicationRef, type CredentialView, type Finding, findingIds, severities } from "./types";

// Every finding the audit reports on one credential, with the severity it carries:
//
// | finding             | severity                   | when                                                             |
// |---------------------|----------------------------|------------------------------------------------------------------|
// | full-access         | critical                   | GET, POST, PUT and DELETE on `*` or `/*` (replaces the 3 below)  |
// | write-everything    | critical                   | POST, PUT or DELETE on `*` or `/*`                               |
// | account-control     | critical if it writes,     | a rule reaching /me/api, /me/identity, /me/password,             |
// |                     | medium if read-only        | /me/accessRestriction, /me/subAccount…, or a write on /me itself |
// | billing             | high if it writes,         | a rule reaching /me/bill, /me/order, /me/payment…, /order        |
// |                     | low if read-only           |                                                                  |
// | no-ip-restriction   | medium                     | can act, allowedIPs null, empty, or with a /0 block              |
// | never-expires       | medium                     | validated with no expiration                                     |
// | expires-soon        | info                       | validated, expires within 7 days                                 |
// | expired             | low                        | status expired, or validated past its expiration                 |
// | never-used          | low                        | can act, never used, created over 30 days ago                    |
// | dormant             | low                        | can act, last used over 180 days ago                             |
// | pending-stale       | low                        | pending validation for over 24 hours                             |
// | refused             | info                       | status refused                                                   |
// | support-issued      | low                        | ovhSupport is true                                               |
// | duplicate           | low                        | same application, rules and allowed IPs as another credential    |
// | foreign-application | medium                     | its application is not listed by GET /me/api/application         |
//
// Rule findings are only reported for credentials that can act or are pending: an expired or
// refused credential can never be used again, so flagging its rules as critical would mislead.

export type CredentialFindingsContext = {
  now: Date | number;
  application: ApplicationRef | null;
  /** The ids of this credential and of its duplicates, ascending (see findDuplicateGroups). */
  duplicateGroup?: readonly number[];
};

// Looked up, not searched: findings are sorted for every credential of every audit load.
const severityRanks = new Map(severities.map((severity, index) => [severity, index * findingIds.length]));
const idRanks = new Map(findingIds.map((id, index) => [id, index]));

function severityRank(finding: Finding): number {
  return (severityRanks.get(finding.severity) ?? 0) + (idRanks.get(finding.id) ?? 0);
}

export function credentialFindings(credential: Credential, context: CredentialFindingsContext): Finding[] {
  const findings: Finding[] = [];
  if (canAct(credential, context.now) || credential.status === "pendingValidation") {
    findings.push(...ruleFindings(credential.rules));
  }
  findings.push(...lifecycleFindings(credential, context.now));
  findings.push(...originFindings(credential, context.application));
  const group = context.duplicateGroup;
  if (group && group.length > 1) {
    findings.push(
      finding(
        "duplicate",
        `Same application, access rules and allowed IPs as credential${group.length > 2 ? "s" : ""} ${listTwins(group, credential.credentialId)}.`,
      ),
    );
  }
  return findings.sort((a, b) => severityRank(a) - severityRank(b));
}

// Control Panel logins leave hundreds of identical credentials (ovh/manager#12946: 154): listing every
// twin in every one of them made the snapshot grow with the square of the group's size.
const TWINS_NAMED = 5;

/** The group's other ids: the first few by name, then how many more (without copying the group). */
function listTwins(group: readonly number[], self: number): string {
  const named: number[] = [];
  for (const id of group) {
    if (named.length === TWINS_NAMED) break;
    if (id !== self) named.push(id);
  }
  const others = group.length - 1 - named.length;
  return others > 0 ? `${named.join(", ")} and ${others} others` : named.join(", ");
}

export type BuildCredentialViewsOptions = { now: Date | number; currentCredentialId: number | null };

export function buildCredentialViews(
  credentials: readonly Credential[],
  applicationsById: ReadonlyMap<number, ApplicationRef>,
  { now, currentCredentialId }: BuildCredentialViewsOptions,
): CredentialView[] {
  const duplicates = findDuplicateGroups(credentials, now);
  return credentials.map((credential) => {
    const application = applicationsById.get(credential.applicationId) ?? null;
    return {
      ...credential,
      application,
      isCurrent: credential.credentialId === currentCredentialId,
      findings: credentialFindings(credential, {
        now,
        application,
        duplicateGroup: duplicates.get(credential.credentialId),
      }),
    };
  });
}
