import type { AccessRule, HttpMethod } from "@/lib/ovh/models";
import { everythingMethods, hasFullAccess, isEverythingPattern, normalizeRules } from "./access-rule-scope";

// Access rules in plain words for people who do not read glob patterns. A pattern is one of four
// shapes: every path, an exact path, a path and everything below it (`/x/*`), or any other glob,
// which is shown as is.

const phrases: Record<HttpMethod, { everything: string; exact: string; under: string; glob: string }> = {
  GET: { everything: "Read everything", exact: "Read", under: "Read everything under", glob: "Read paths matching" },
  POST: {
    everything: "Create anything",
    exact: "Create under",
    under: "Create anything under",
    glob: "Create under paths matching",
  },
  PUT: {
    everything: "Change anything",
    exact: "Change",
    under: "Change anything under",
    glob: "Change paths matching",
  },
  DELETE: {
    everything: "Delete anything",
    exact: "Delete",
    under: "Delete anything under",
    glob: "Delete paths matching",
  },
};

function shown(path: string): string {
  return path === "" ? '""' : path;
}

export function describeRule(rule: AccessRule): string {
  const phrase = phrases[rule.method];
  if (isEverythingPattern(rule.path)) return phrase.everything;
  if (!rule.path.includes("*")) return `${phrase.exact} ${shown(rule.path)}`;
  const base = rule.path.slice(0, -2);
  if (rule.path.endsWith("/*") && base !== "" && !base.includes("*")) return `${phrase.under} ${base}`;
  return `${phrase.glob} ${rule.path}`;
}

/** The literal path segments every rule shares, up to the first wildcard: "/domain/zone". */
function commonPrefix(paths: readonly string[]): string {
  const split = paths.map((path) => path.split("/"));
  const first = split[0] ?? [];
  const shared: string[] = [];
  for (let i = 0; i < first.length; i++) {
    const segment = first[i] as string;
    if (segment.includes("*") || !split.every((segments) => segments[i] === segment)) break;
    shared.push(segment);
  }
  return shared.join("/");
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** One short line for a table cell: "Full access", "Read-only everything", "4 rules on /domain/zone/…". */
export function summarizeRules(rules: readonly AccessRule[]): string {
  const unique = normalizeRules(rules);
  const [only] = unique;
  if (only === undefined) return "No access rules";
  if (hasFullAccess(unique)) return "Full access";
  const readOnly = unique.every((rule) => rule.method === "GET");
  const everywhere = everythingMethods(unique);
  if (readOnly && everywhere.length > 0) return "Read-only everything";
  if (everywhere.length > 0) {
    const others = unique.filter((rule) => !isEverythingPattern(rule.path)).length;
    return `${everywhere.join(", ")} on everything${others > 0 ? ` + ${plural(others, "more rule")}` : ""}`;
  }
  if (unique.length === 1) return describeRule(only);
  const paths = [...new Set(unique.map((rule) => rule.path))];
  const prefix = commonPrefix(paths);
  const scope =
    paths.length === 1
      ? `on ${shown(only.path)}`
      : prefix !== ""
        ? `on ${prefix}/…`
        : `on ${plural(paths.length, "path")}`;
  return `${readOnly ? "Read-only: " : ""}${plural(unique.length, "rule")} ${scope}`;
}
