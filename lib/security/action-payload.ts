// What a server action call may carry. React decodes the body into the action's arguments and Next
// answers 500 when that throws, so malformed payloads are refused (400) before they get there.
// Allowed: JSON arrays of plain values, with React's escapes for strings ($$…), FormData parts
// ($K<n>), undefined, non-finite numbers, dates and bigints. Refused: references to other chunks,
// promises, streams, and server references ($h…), none of which the dashboard's actions take.

import { ForbiddenKeyError, parseJsonSafely } from "@/lib/http/safe-json";

const SAFE_SPECIAL = /^\$(\$[\s\S]*|K\d{1,6}|undefined|NaN|Infinity|-Infinity|-0|D[\d\-T:.Z+]{10,40}|n-?\d{1,40})$/;
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;

export type PayloadProblem = { status: 400 | 413; message: string };

const invalid = (message: string): PayloadProblem => ({ status: 400, message });

/** Checks one JSON model of a reply (the root, or a bound-arguments part); null when acceptable. */
export function checkReplyModel(text: string, { root }: { root: boolean }): PayloadProblem | null {
  let value: unknown;
  try {
    value = parseJsonSafely(text);
  } catch (err) {
    return invalid(err instanceof ForbiddenKeyError ? err.message : "The request body is not valid JSON.");
  }
  if (root && !Array.isArray(value)) return invalid("The arguments of a server action must be a list.");
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; depth: number };
    if (++nodes > MAX_NODES) return invalid("The request body has too many values.");
    if (item.depth > MAX_DEPTH) return invalid("The request body is nested too deeply.");
    const current = item.value;
    if (typeof current === "string") {
      if (current.startsWith("$") && !SAFE_SPECIAL.test(current)) {
        return invalid("The request body carries a value the dashboard does not accept.");
      }
    } else if (Array.isArray(current)) {
      for (const child of current) stack.push({ value: child, depth: item.depth + 1 });
    } else if (current !== null && typeof current === "object") {
      for (const child of Object.values(current)) stack.push({ value: child, depth: item.depth + 1 });
    }
  }
  return null;
}

/** Field names of a multipart reply: "0" is the root model, "_<n>_<name>" an entry of FormData argument n. */
const FORM_ENTRY = /^_?\d{1,6}_/;

/** Checks a multipart action call (arguments that include FormData). */
export function checkActionForm(entries: Iterable<[string, FormDataEntryValue]>): PayloadProblem | null {
  let hasRoot = false;
  for (const [name, value] of entries) {
    if (name === "0") {
      if (typeof value !== "string") return invalid("The request body has an unexpected part.");
      hasRoot = true;
      const problem = checkReplyModel(value, { root: true });
      if (problem) return problem;
    } else if (!FORM_ENTRY.test(name)) {
      // Outlined parts (blobs, streams, models) are what the refused references would point at.
      return invalid("The request body has an unexpected part.");
    }
  }
  return hasRoot ? null : invalid("The arguments of a server action are missing.");
}
