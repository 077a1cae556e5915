import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/actions/state";

/** The message of a failed server action, with OVH's query id when there is one. */
export function ActionError({ state }: { state: ActionState<unknown> }) {
  if (state.status !== "error") return null;
  return (
    <Alert tone="error">
      {state.message}
      <QueryId value={state.queryId} />
    </Alert>
  );
}
