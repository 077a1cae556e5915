import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import { expandRuleRow, normalizePath, type RuleRow } from "./builder";
import { isFullWildcard, patternCovers } from "./coverage";
import { checkRulePath, type FindingLevel } from "./path-checks";
import { knownMethodsFor } from "./route-catalogue";
import { accountControlReached, billingReached } from "./sensitive-areas";

export type { FindingLevel } from "./path-checks";
/** One inline remark on the rules; `ruleIndex` points at the row (or rule) it is about. */
export type RuleFinding = { level: FindingLevel; code: string; message: string; ruleIndex?: number };

export const maxRules = 100;
const writeMethods: readonly HttpMethod[] = ["POST", "PUT", "DELETE"];

type Expanded = { rule: AccessRule; index: number };

const ruleLabel = (rule: AccessRule) => `${rule.method} ${rule.path}`;
const rowLabel = (row: RuleRow | undefined) =>
  row ? `${row.method} ${normalizePath(row.path)}${row.recursive ? " (recursive)" : ""}` : "This rule";
const toRow = (item: RuleRow | AccessRule): RuleRow =>
  "recursive" in item ? item : { method: item.method, path: item.path, recursive: false };
const listLabels = (labels: string[]) => labels.slice(0, 3).join(", ") + (labels.length > 3 ? "…" : "");

const severity: Record<FindingLevel, number> = { error: 0, warning: 1, info: 2 };

/** Findings for form rows or access rules, errors first, then warnings, then hints. */
export function lintRules(items: readonly (RuleRow | AccessRule)[]): RuleFinding[] {
  const rows = items.map(toRow);
  const findings: RuleFinding[] = [];
  if (rows.length === 0) {
    return [{ level: "error", code: "no-rules", message: "Add at least one rule: OVH refuses a request without any." }];
  }

  const valid: Expanded[] = [];
  rows.forEach((row, index) => {
    const problems = checkRulePath(row.path);
    for (const problem of problems) findings.push({ ...problem, ruleIndex: index });
    if (problems.some((problem) => problem.level === "error")) return;
    for (const rule of expandRuleRow(row)) valid.push({ rule, index });
  });

  const total = new Set(rows.flatMap(expandRuleRow).map(ruleLabel)).size;
  if (total > maxRules) {
    findings.push({
      level: "error",
      code: "too-many-rules",
      message: `These rows make ${total} rules, more than the ${maxRules} a request may hold; use * to group them.`,
    });
  }

  findings.push(...lintPrivileges(valid), ...lintRedundancy(valid, rows));
  return findings.sort((a, b) => severity[a.level] - severity[b.level]);
}

function lintPrivileges(valid: readonly Expanded[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const wildcard = valid.filter(({ rule }) => isFullWildcard(rule.path));
  const fullAccess = ["GET", ...writeMethods].every((method) => wildcard.some(({ rule }) => rule.method === method));
  if (fullAccess) {
    findings.push({
      level: "warning",
      code: "full-access",
      message:
        "These rules grant full access to the whole account: whoever holds this key can order and pay for services, delete servers and create new API keys.",
      ruleIndex: wildcard[0]?.index,
    });
  }
  // One finding per row, method and kind, even when a recursive row expands to two rules.
  const flagged = new Set<string>();
  const report = (code: string, rule: AccessRule, index: number, message: string) => {
    const key = `${index} ${rule.method} ${code}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    findings.push({ level: "warning", code, message, ruleIndex: index });
  };
  for (const { rule, index } of valid) {
    if (rule.method === "GET") continue;
    if (isFullWildcard(rule.path)) {
      if (fullAccess) continue;
      report(
        "wildcard-write",
        rule,
        index,
        `${ruleLabel(rule)} lets this key change anything in the account, including orders, payments and API keys.`,
      );
      continue;
    }
    const account = accountControlReached(rule);
    if (account.length > 0) {
      report(
        "account-control-write",
        rule,
        index,
        `${ruleLabel(rule)} can change account security (${listLabels(account)}); grant it only if the application must.`,
      );
    }
    const billing = billingReached(rule);
    if (billing.length > 0) {
      report(
        "billing-write",
        rule,
        index,
        `${ruleLabel(rule)} can spend money or change billing (${listLabels(billing)}); grant it only if the application must.`,
      );
    }
  }
  return findings;
}

function lintRedundancy(valid: readonly Expanded[], rows: readonly RuleRow[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const firstIndex = new Map<string, number>();
  for (const { rule, index } of valid) if (!firstIndex.has(ruleLabel(rule))) firstIndex.set(ruleLabel(rule), index);

  const reported = new Set<number>();
  const byRow = new Map<number, Expanded[]>();
  for (const entry of valid) byRow.set(entry.index, [...(byRow.get(entry.index) ?? []), entry]);
  for (const [index, own] of byRow) {
    const duplicateOf = own.map(({ rule }) => firstIndex.get(ruleLabel(rule)) ?? index);
    const earlier = duplicateOf.find((other) => other < index);
    if (earlier !== undefined && duplicateOf.every((other) => other < index)) {
      reported.add(index);
      findings.push({
        level: "info",
        code: "duplicate",
        message: `This rule repeats rule ${earlier + 1}; remove one of them.`,
        ruleIndex: index,
      });
      continue;
    }
    const others = valid.filter((entry) => entry.index !== index && !reported.has(entry.index));
    const coveringFor = own.map(({ rule }) =>
      others.find(
        (other) =>
          other.rule.method === rule.method &&
          other.rule.path !== rule.path &&
          patternCovers(other.rule.path, rule.path) &&
          // Two different patterns that cover each other: report only the later one.
          (!patternCovers(rule.path, other.rule.path) || other.index < index),
      ),
    );
    const first = coveringFor[0];
    if (first && coveringFor.every(Boolean)) {
      reported.add(index);
      findings.push({
        level: "info",
        code: "overlap",
        message: `${rowLabel(rows[index])} is already granted by ${ruleLabel(first.rule)} (rule ${first.index + 1}).`,
        ruleIndex: index,
      });
      continue;
    }
    const row = rows[index];
    if (row && !row.recursive) findings.push(...suggestRecursive(row, index, valid));
  }
  return findings;
}

// `/x/*` never grants `/x` itself, which people rarely mean for reads of a collection; for writes
// it is only worth saying when the API really has that call on `/x`.
function suggestRecursive(row: RuleRow, index: number, valid: readonly Expanded[]): RuleFinding[] {
  const path = normalizePath(row.path);
  if (!path.endsWith("/*")) return [];
  const base = path.slice(0, -2);
  if (base === "" || /[*/]$/.test(base)) return [];
  if (row.method !== "GET" && !knownMethodsFor(base)?.includes(row.method)) return [];
  const granted = valid.some(({ rule }) => rule.method === row.method && patternCovers(rule.path, base));
  if (granted) return [];
  return [
    {
      level: "info",
      code: "suggest-recursive",
      message: `${row.method} ${path} does not grant ${row.method} ${base} itself; make the rule recursive to include it.`,
      ruleIndex: index,
    },
  ];
}
