import type { AccessRule } from "@/lib/ovh/models";

// OVH access-rule matching (../shared/ovh-api/README.md §5): a rule is an HTTP method plus a path
// pattern where `*` matches any run of characters, `/` included ("/*" grants every call).
// Choices where OVH is silent: matching is case-sensitive, `*` also matches the empty string
// (so "/x/*" grants "/x/" but never "/x"), and the query string takes no part.

const patternCache = new Map<string, RegExp>();

export function pathPatternToRegExp(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    re = new RegExp(`^${source}$`, "s");
    patternCache.set(pattern, re);
  }
  return re;
}

/** Whether one rule grants `method path` (path without the /1.0 or /v1 prefix and without query). */
export function ruleGrants(rule: AccessRule, method: string, path: string): boolean {
  return rule.method === method.toUpperCase() && pathPatternToRegExp(rule.path).test(path);
}

/** Whether any rule grants the call. */
export function rulesGrant(rules: readonly AccessRule[], method: string, path: string): boolean {
  return rules.some((rule) => ruleGrants(rule, method, path));
}
