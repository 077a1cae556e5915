import type { AccessRule, HttpMethod } from "@/lib/ovh/models";

/** One line of the token-request form; `recursive` also grants everything below the path. */
export type RuleRow = { method: HttpMethod; path: string; recursive: boolean };

/** Trims and adds the leading slash people forget; a bare `*` is a valid rule on its own. */
export function normalizePath(path: string): string {
  const trimmed = path.trim();
  if (trimmed === "" || trimmed === "*" || trimmed.startsWith("/")) return trimmed;
  return `/${trimmed}`;
}

// python-ovh add_recursive_rules: path.rstrip(" /*"), then the path itself (unless empty) and path + "/*".
function recursiveBase(path: string): string {
  return path.replace(/[\s/*]+$/, "");
}

function ruleKey(rule: AccessRule): string {
  return `${rule.method} ${rule.path}`;
}

/** The rules one row stands for, before deduplication against other rows. */
export function expandRuleRow(row: RuleRow): AccessRule[] {
  const path = normalizePath(row.path);
  if (!row.recursive) return [{ method: row.method, path }];
  const base = recursiveBase(path);
  const rules: AccessRule[] = base ? [{ method: row.method, path: base }] : [];
  rules.push({ method: row.method, path: `${base}/*` });
  return rules;
}

/** The accessRules to send to POST /auth/credential, in form order, without duplicates. */
export function expandRuleRows(rows: readonly RuleRow[]): AccessRule[] {
  const seen = new Set<string>();
  const rules: AccessRule[] = [];
  for (const rule of rows.flatMap(expandRuleRow)) {
    const key = ruleKey(rule);
    if (seen.has(key)) continue;
    seen.add(key);
    rules.push(rule);
  }
  return rules;
}

/**
 * Rows that expand back to the same rules: `/x` and `/x/*` of one method become one recursive row,
 * placed where the first of the two appeared. Used to prefill the form from an existing credential.
 */
export function collapseRules(rules: readonly AccessRule[]): RuleRow[] {
  const present = new Set(rules.map(ruleKey));
  const emitted = new Set<string>();
  const rows: RuleRow[] = [];
  for (const rule of rules) {
    const key = ruleKey(rule);
    if (emitted.has(key)) continue;
    const base = rule.path.endsWith("/*") ? rule.path.slice(0, -2) : rule.path;
    const pairable = base !== "" && recursiveBase(base) === base && normalizePath(base) === base;
    const partner = base === rule.path ? `${base}/*` : base;
    if (pairable && present.has(`${rule.method} ${partner}`)) {
      emitted.add(`${rule.method} ${base}`).add(`${rule.method} ${base}/*`);
      rows.push({ method: rule.method, path: base, recursive: true });
    } else {
      emitted.add(key);
      rows.push({ method: rule.method, path: rule.path, recursive: false });
    }
  }
  return rows;
}
