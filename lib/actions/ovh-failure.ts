import { type ActionState, failure } from "@/lib/actions/state";
import { describeOvhError, isCredentialInvalid, isOvhError } from "@/lib/ovh/errors";

/**
 * An OVH failure inside a server action, as the state the form shows (with OVH's query id).
 * A dead session credential is rethrown for the action to end the session
 * (endSessionIfCredentialInvalid); anything that is not an OVH error is a bug and is rethrown too.
 */
export function ovhActionFailure(err: unknown): ActionState<never> {
  if (isCredentialInvalid(err) || !isOvhError(err)) throw err;
  const { message, queryId } = describeOvhError(err);
  return failure(message, { queryId });
}
