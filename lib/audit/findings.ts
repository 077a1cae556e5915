import type { Credential } from "@/lib/ovh/models";
import { canAct } from "./credential-state";
import { findDuplicates } from "./duplicates";
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
  /** Ids of the other credentials this one duplicates. */
  duplicateOf?: readonly number[];
};

function severityRank(finding: Finding): number {
  return severities.indexOf(finding.severity) * findingIds.length + findingIds.indexOf(finding.id);
}

export function credentialFindings(credential: Credential, context: CredentialFindingsContext): Finding[] {
  const findings: Finding[] = [];
  if (canAct(credential, context.now) || credential.status === "pendingValidation") {
    findings.push(...ruleFindings(credential.rules));
  }
  findings.push(...lifecycleFindings(credential, context.now));
  findings.push(...originFindings(credential, context.application));
  const twins = context.duplicateOf ?? [];
  if (twins.length > 0) {
    findings.push({
      id: "duplicate",
      severity: "low",
      title: "Duplicate",
      explanation: `Same application, access rules and allowed IPs as credential${twins.length > 1 ? "s" : ""} ${listTwins(twins)}.`,
    });
  }
  return findings.sort((a, b) => severityRank(a) - severityRank(b));
}

// Control Panel logins leave hundreds of identical credentials (ovh/manager#12946: 154): listing every
// twin in every one of them made the snapshot grow with the square of the group's size.
const TWINS_NAMED = 5;

function listTwins(twins: readonly number[]): string {
  if (twins.length <= TWINS_NAMED) return twins.join(", ");
  return `${twins.slice(0, TWINS_NAMED).join(", ")} and ${twins.length - TWINS_NAMED} others`;
}

export type BuildCredentialViewsOptions = { now: Date | number; currentCredentialId: number | null };

export function buildCredentialViews(
  credentials: readonly Credential[],
  applicationsById: ReadonlyMap<number, ApplicationRef>,
  { now, currentCredentialId }: BuildCredentialViewsOptions,
): CredentialView[] {
  const duplicates = findDuplicates(credentials, now);
  return credentials.map((credential) => {
    const application = applicationsById.get(credential.applicationId) ?? null;
    return {
      ...credential,
      application,
      isCurrent: credential.credentialId === currentCredentialId,
      findings: credentialFindings(credential, {
        now,
        application,
        duplicateOf: duplicates.get(credential.credentialId),
      }),
    };
  });
}
