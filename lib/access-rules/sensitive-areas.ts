import type { AccessRule } from "@/lib/ovh/models";
import { patternCovers } from "./coverage";
import { pathPatternToRegExp } from "./match";
import { patternReachesPath } from "./reach";

// API areas where a write call is worth a second look before granting it. `exact` areas are a
// single path (PUT /me edits the recovery e-mail); the others include everything below.

type Area = { path: string; label: string; exact?: boolean };

export const accountControlAreas: readonly Area[] = [
  { path: "/me", label: "account profile and recovery e-mail", exact: true },
  { path: "/me/api", label: "API keys and OAuth2 clients" },
  { path: "/me/identity", label: "IAM users and groups" },
  { path: "/me/password", label: "account password" },
  { path: "/me/changePassword", label: "account password" },
  { path: "/me/changeEmail", label: "account e-mail" },
  { path: "/me/accessRestriction", label: "two-factor and login restrictions" },
  { path: "/me/subAccount", label: "sub-accounts" },
  { path: "/me/sshKey", label: "SSH keys installed on servers" },
  { path: "/iam", label: "IAM policies" },
];

export const billingAreas: readonly Area[] = [
  { path: "/me/bill", label: "bills" },
  { path: "/me/order", label: "orders" },
  { path: "/me/paymentMean", label: "payment means" },
  { path: "/me/payment", label: "payment methods" },
  { path: "/me/debtAccount", label: "debt payments" },
  { path: "/me/deposit", label: "deposits" },
  { path: "/me/refund", label: "refunds" },
  { path: "/me/withdrawal", label: "withdrawals" },
  { path: "/me/ovhAccount", label: "prepaid account" },
  { path: "/me/fidelityAccount", label: "fidelity points" },
  { path: "/me/credit", label: "credits and vouchers" },
  { path: "/me/agreements", label: "contract agreements" },
  { path: "/me/billing", label: "billing settings" },
  { path: "/order", label: "new orders" },
];

// Deleting a credential or application only ever takes access away, so the dashboard's own
// revocation rules are not flagged as account control.
const revocationOnly = ["/me/api/credential/*", "/me/api/application/*"];

function reaches(pattern: string, area: Area): boolean {
  return area.exact ? pathPatternToRegExp(pattern).test(area.path) : patternReachesPath(pattern, area.path);
}

function labelsReached(pattern: string, areas: readonly Area[]): string[] {
  return [...new Set(areas.filter((area) => reaches(pattern, area)).map((area) => area.label))];
}

/** Labels of the account-control areas a write rule can act on; empty for reads. */
export function accountControlReached(rule: AccessRule): string[] {
  if (rule.method === "GET") return [];
  if (rule.method === "DELETE" && revocationOnly.some((subtree) => patternCovers(subtree, rule.path))) return [];
  return labelsReached(rule.path, accountControlAreas);
}

/** Labels of the billing and ordering areas a write rule can act on; empty for reads. */
export function billingReached(rule: AccessRule): string[] {
  return rule.method === "GET" ? [] : labelsReached(rule.path, billingAreas);
}
