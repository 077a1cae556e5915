import { pathPatternToRegExp } from "@/lib/access-rules/match";
import { patternReachesPath } from "@/lib/access-rules/reach";
import { finding, readOnlyFinding } from "@/lib/audit/finding-catalogue";
import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import { everythingMethods, hasFullAccess, isEverythingPattern, isWriteMethod, ruleListKey } from "./access-rule-scope";
import type { Finding } from "./types";

// Findings about what a credential's access rules grant. To avoid listing one power four times,
// full access replaces every other rule finding, and write-everything replaces the write side of
// account control and billing: only the remaining, narrower rules are checked for those two.

/** Where a credential could take over the account: create credentials, users, OAuth2 clients, change 2FA. */
export const accountControlAreas = [
  "/me/api", // applications, credentials and /me/api/oauth2 clients
  "/me/identity",
  "/me/password",
  "/me/accessRestriction",
  "/me/subAccount", // POST /me/subAccount/{id}/createConsumerKey
  "/me/changeEmail",
  "/me/changePassword",
] as const;

/** Where a credential could read invoices or spend money. */
export const billingAreas = [
  "/me/bill",
  "/me/order",
  "/me/payment",
  "/me/paymentMean",
  "/me/debtAccount",
  "/me/deposit",
  "/me/refund",
  "/me/withdrawal",
  "/me/ovhAccount",
  "/me/fidelityAccount",
  "/me/prepaidAccount",
  "/order",
] as const;

type AreaHit = { area: string; write: boolean };

function areaHits(rules: readonly AccessRule[], areas: readonly string[]): AreaHit[] {
  const hits: AreaHit[] = [];
  for (const area of areas) {
    const reaching = rules.filter((rule) => patternReachesPath(rule.path, area));
    if (reaching.length > 0) hits.push({ area, write: reaching.some((rule) => isWriteMethod(rule.method)) });
  }
  return hits;
}

function listAreas(areas: readonly string[]): string {
  const shown = areas.slice(0, 3).join(", ");
  return areas.length > 3 ? `${shown} and ${areas.length - 3} more` : shown;
}

function methodList(methods: readonly HttpMethod[]): string {
  return methods.join(", ");
}

function accountControlFinding(rules: readonly AccessRule[]): Finding | null {
  const hits = areaHits(rules, accountControlAreas);
  // PUT /me edits the account's contact details, the one write on /me itself; GET /me is harmless.
  const editsProfile = rules.some((rule) => isWriteMethod(rule.method) && pathPatternToRegExp(rule.path).test("/me"));
  if (editsProfile) hits.push({ area: "/me", write: true });
  if (hits.length === 0) return null;
  const written = hits.filter((hit) => hit.write).map((hit) => hit.area);
  if (written.length > 0) {
    return finding(
      "account-control",
      `Can change ${listAreas(written)}: it could create new credentials or users, or lock you out.`,
    );
  }
  return readOnlyFinding(
    "account-control",
    `Can read ${listAreas(hits.map((hit) => hit.area))}: your credentials, users and security settings.`,
  );
}

function billingFinding(rules: readonly AccessRule[]): Finding | null {
  const hits = areaHits(rules, billingAreas);
  if (hits.length === 0) return null;
  const written = hits.filter((hit) => hit.write).map((hit) => hit.area);
  if (written.length > 0) {
    return finding("billing", `Can act on ${listAreas(written)}: it could place orders or use your payment means.`);
  }
  return readOnlyFinding(
    "billing",
    `Can read ${listAreas(hits.map((hit) => hit.area))}: invoices, orders and payment details.`,
  );
}

// Accounts repeat a few rule sets across hundreds of credentials (a script or a Control Panel login
// creates each of its credentials from the same rules), and matching patterns against every area is
// most of an audit's work: each distinct list of rules is analysed once. The findings are a pure
// function of the rules, so sharing them is safe; they are frozen because every credential with
// those rules holds the same objects. Bounded, so an account whose rules all differ cannot grow it
// without limit (each entry is a few hundred bytes).
const analysed = new Map<string, readonly Finding[]>();
const ANALYSED_LIMIT = 2_000;

/** What the rules grant that deserves a finding, worst first; the same frozen array for the same rules. */
export function ruleFindings(rules: readonly AccessRule[]): readonly Finding[] {
  const key = ruleListKey(rules);
  let findings = analysed.get(key);
  if (!findings) {
    findings = Object.freeze(analyseRules(rules).map((finding) => Object.freeze(finding)));
    if (analysed.size >= ANALYSED_LIMIT) analysed.clear();
    analysed.set(key, findings);
  }
  return findings;
}

function analyseRules(rules: readonly AccessRule[]): Finding[] {
  if (hasFullAccess(rules)) {
    return [
      finding(
        "full-access",
        "Can call every route of the API with every method, exactly like your own account password.",
      ),
    ];
  }
  const findings: Finding[] = [];
  const writesEverything = everythingMethods(rules).filter(isWriteMethod);
  if (writesEverything.length > 0) {
    findings.push(
      finding(
        "write-everything",
        `Can ${methodList(writesEverything)} on every path: it could change or delete any service.`,
      ),
    );
  }
  const narrower = rules.filter((rule) => !(isWriteMethod(rule.method) && isEverythingPattern(rule.path)));
  const account = accountControlFinding(narrower);
  if (account) findings.push(account);
  const billing = billingFinding(narrower);
  if (billing) findings.push(billing);
  return findings;
}
