import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { invalid, ovhFailure } from "@/lib/actions/failures";
import { formDataArg, unreadableForm } from "@/lib/actions/input";
import type { ActionState } from "@/lib/actions/state";
import { leaveIfCredentialInvalid } from "@/lib/session/credential-invalid";
import { type ConnectedContext, requireOvh } from "@/lib/session/state";

// The one frame of every server action (after saas-starter's validatedActionWithUser): parse the
// argument with zod, read the session, run, answer an ActionState. Server actions are public POST
// endpoints, so the argument is whatever the caller sent. OVH errors become the form's message
// (with OVH's query id) here and nowhere else; anything else is a bug and is thrown.

export type ActionOptions = {
  /** The action is posted by a <form>: its FormData is turned into the object the schema parses. */
  form?: (form: FormData) => unknown;
  /** The message when the argument is refused and zod gives no form-level one. */
  invalidMessage?: string;
};

/**
 * For actions whose argument is ignored (a <form> posts an empty FormData, a button nothing). Export
 * such an action as a function with no parameter (`export async function xAction() { return x(undefined) }`):
 * Next records an action's arity in its id, and a zero-arity action is never handed what a caller sends.
 */
export const noInput = z.unknown().transform(() => undefined);

type Run<S extends z.ZodType, T, C extends unknown[]> = (input: z.output<S>, ...context: C) => Promise<ActionState<T>>;

function frame<S extends z.ZodType, T, C extends unknown[]>(
  schema: S,
  context: () => Promise<C>,
  run: Run<S, T, C>,
  onOvhError: (err: unknown) => ActionState<never>,
  options: ActionOptions,
) {
  return async (argument?: unknown): Promise<ActionState<T>> => {
    let input = argument;
    if (options.form) {
      const form = formDataArg(argument);
      if (!form) return unreadableForm();
      input = options.form(form);
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error, options.invalidMessage);
    // Read before the try: the session's own redirect to /connect must leave the action as it is.
    const args = await context();
    try {
      return await run(parsed.data, ...args);
    } catch (err) {
      // Next's redirect() and notFound() are thrown too: they are answers, not failures.
      unstable_rethrow(err);
      return onOvhError(err);
    }
  };
}

/** As ovhFailure, except that OVH refusing the session's own credential ends the session. */
export function sessionOvhFailure(err: unknown): ActionState<never> {
  leaveIfCredentialInvalid(err);
  return ovhFailure(err);
}

/** An action for the signed-in dashboard: no session sends the browser to /connect, saying why. */
export function sessionAction<S extends z.ZodType, T>(
  schema: S,
  run: Run<S, T, [ConnectedContext]>,
  options: ActionOptions = {},
) {
  return frame(schema, async () => [await requireOvh()] as [ConnectedContext], run, sessionOvhFailure, options);
}

/** An action that needs no session (connecting, signing out). */
export function validatedAction<S extends z.ZodType, T>(schema: S, run: Run<S, T, []>, options: ActionOptions = {}) {
  return frame(schema, async () => [] as [], run, ovhFailure, options);
}
