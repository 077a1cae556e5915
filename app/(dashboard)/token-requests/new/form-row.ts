import type { RuleRow } from "@/lib/access-rules/builder";

/** A rule row as the form edits it: a stable key for React and focus, and the route a suggestion widened. */
export type FormRow = RuleRow & { key: string; widenedFrom?: string };

let counter = 0;
export function newFormRow(row: Partial<RuleRow> = {}): FormRow {
  counter += 1;
  return { key: `rule-${counter}`, method: "GET", path: "", recursive: false, ...row };
}

export const toRuleRow = ({ method, path, recursive }: FormRow): RuleRow => ({ method, path, recursive });
