import { type HttpMethod, httpMethods } from "@/lib/ovh/enums";
import type { AccessRule } from "@/lib/ovh/models";

// Shared vocabulary about access rules: which patterns cover every path, which methods write,
// and one canonical order so sets of rules compare and print the same way everywhere.

/**
 * Whether a path pattern matches every API path. After removing the `*`s only "" or "/" may be left,
 * and the pattern must end with `*`: so `*`, `/*`, `**`, `/**` and `*\/*` qualify, `/` and `*\/` do not.
 */
export function isEverythingPattern(path: string): boolean {
  if (!path.endsWith("*")) return false;
  const literal = path.replaceAll("*", "");
  return literal === "" || literal === "/";
}

export function isWriteMethod(method: HttpMethod): boolean {
  return method !== "GET";
}

/** Methods that have a rule on every path, in GET, POST, PUT, DELETE order. */
export function everythingMethods(rules: readonly AccessRule[]): HttpMethod[] {
  return httpMethods.filter((method) => rules.some((rule) => rule.method === method && isEverythingPattern(rule.path)));
}

export function hasFullAccess(rules: readonly AccessRule[]): boolean {
  return everythingMethods(rules).length === httpMethods.length;
}

export function ruleKey(rule: AccessRule): string {
  return `${rule.method} ${rule.path}`;
}

/**
 * One string for a list of rules, in its order. Each path is prefixed with its length, so no path,
 * whatever it contains, can make two different lists share a key.
 */
export function ruleListKey(rules: readonly AccessRule[]): string {
  let key = "";
  for (const rule of rules) key += `${rule.method} ${rule.path.length} ${rule.path}`;
  return key;
}

/** By path, then GET, POST, PUT, DELETE. */
export function compareRules(a: AccessRule, b: AccessRule): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return httpMethods.indexOf(a.method) - httpMethods.indexOf(b.method);
}

/** The rules as a set: deduplicated and in canonical order. */
export function normalizeRules(rules: readonly AccessRule[]): AccessRule[] {
  const byKey = new Map<string, AccessRule>();
  for (const rule of rules) byKey.set(ruleKey(rule), { method: rule.method, path: rule.path });
  return [...byKey.values()].sort(compareRules);
}
