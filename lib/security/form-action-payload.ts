// What a server action posted WITHOUT JavaScript may carry. Before hydration React submits a form whose
// action is a server action as a native multipart post with $ACTION_ fields, and Next decodes it with
// React's decodeAction: a malformed field answers 500, a reference to itself is never answered. The
// dashboard's forms only ever send what React renders for them, so exactly that is accepted:
//   $ACTION_ID_<id>          an action without bound arguments (empty value)
//   $ACTION_REF_<p>          an action with bound arguments (empty value), described by
//   $ACTION_<p>:0            {"id":"<id>","bound":"$@1"} or {"id":"<id>","bound":null}
//   $ACTION_<p>:1            the bound arguments: a list of plain values (checkReplyModel)
//   $ACTION_KEY              useActionState's key ("k" and a hash)
// plus the form's own text fields. No files, no other $ACTION_ field, a bounded number of parts.

import { checkReplyModel, type PayloadProblem } from "./action-payload";

export const MAX_FORM_PARTS = 64;
const MAX_FIELD_NAME = 128;
const ACTION_ID = /^[0-9a-f]{2,128}$/;
const PREFIX = /^[A-Za-z0-9_]{1,16}$/;
const ACTION_KEY = /^k[0-9A-Za-z_-]{0,64}$/;

const invalid = (message: string): PayloadProblem => ({ status: 400, message });
const unexpected = invalid("The form carries a field the dashboard does not accept.");

/** True when a form post names a server action, so Next would try to run it. */
export function namesAnAction(names: Iterable<string>): boolean {
  for (const name of names) if (name.startsWith("$ACTION_")) return true;
  return false;
}

export function checkFormActionPost(entries: Iterable<[string, FormDataEntryValue]>): PayloadProblem | null {
  const fields = new Map<string, string[]>();
  let parts = 0;
  for (const [name, value] of entries) {
    if (++parts > MAX_FORM_PARTS) return invalid("The form has too many fields.");
    if (typeof value !== "string") return invalid("The dashboard's forms take no files.");
    if (name.length > MAX_FIELD_NAME) return unexpected;
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  let actions = 0;
  for (const [name, values] of fields) {
    if (!name.startsWith("$ACTION_")) continue;
    if (values.length !== 1) return unexpected;
    const value = values[0] as string;
    if (name.startsWith("$ACTION_ID_")) {
      if (!ACTION_ID.test(name.slice("$ACTION_ID_".length)) || value !== "") return unexpected;
      actions++;
    } else if (name.startsWith("$ACTION_REF_")) {
      const prefix = name.slice("$ACTION_REF_".length);
      if (!PREFIX.test(prefix) || value !== "") return unexpected;
      const problem = checkBoundAction(prefix, fields);
      if (problem) return problem;
      actions++;
    } else if (name === "$ACTION_KEY") {
      if (!ACTION_KEY.test(value)) return unexpected;
    } else if (!isBoundPart(name, fields)) {
      return unexpected;
    }
  }
  // React renders one action per form (a submit button may name a second one).
  if (actions > 2) return unexpected;
  return null;
}

/** $ACTION_<p>:0 and :1 belong to a $ACTION_REF_<p>; any other $ACTION_ field is refused. */
function isBoundPart(name: string, fields: Map<string, string[]>): boolean {
  const match = /^\$ACTION_([A-Za-z0-9_]{1,16}):([01])$/.exec(name);
  return match !== null && fields.has(`$ACTION_REF_${match[1]}`);
}

function checkBoundAction(prefix: string, fields: Map<string, string[]>): PayloadProblem | null {
  const descriptor = fields.get(`$ACTION_${prefix}:0`)?.[0];
  if (descriptor === undefined) return invalid("The form's action is missing its description.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(descriptor);
  } catch {
    return invalid("The form's action description is not valid JSON.");
  }
  if (!isDescriptor(parsed)) return invalid("The form's action description is not one the dashboard renders.");
  const bound = fields.get(`$ACTION_${prefix}:1`)?.[0];
  if (parsed.bound === null) return bound === undefined ? null : unexpected;
  if (bound === undefined) return invalid("The form's bound arguments are missing.");
  // A list of plain values: references (to itself or any other part) are refused there.
  return checkReplyModel(bound, { root: true });
}

function isDescriptor(value: unknown): value is { id: string; bound: "$@1" | null } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { id, bound } = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    keys.includes("id") &&
    keys.includes("bound") &&
    typeof id === "string" &&
    ACTION_ID.test(id) &&
    (bound === "$@1" || bound === null)
  );
}
