import "server-only";
import { z } from "zod";
import { type ActionState, type FieldErrors, failure } from "@/lib/actions/state";
import { describeOvhError, isOvhError } from "@/lib/ovh/errors";

// The two failures the action frame (session-action.ts) turns into the state a form shows. Apart
// from state.ts so that zod stays out of the client bundles that import ActionState, and apart
// from Next so that they are unit-tested.

/** A refused argument: the form-level message first, then one list per field. */
export function invalid(error: z.ZodError, message = "Some fields need attention."): ActionState<never> {
  const flat = z.flattenError(error);
  const formMessage = flat.formErrors[0];
  return { status: "error", message: formMessage ?? message, fieldErrors: flat.fieldErrors as FieldErrors };
}

/** An OVH failure, with OVH's query id; anything that is not an OVH error is a bug, and is thrown. */
export function ovhFailure(err: unknown): ActionState<never> {
  if (!isOvhError(err)) throw err;
  const { message, queryId } = describeOvhError(err);
  return failure(message, { queryId });
}
