"use client";

import { useCallback, useState, useTransition } from "react";
import { type ActionState, idle } from "@/lib/actions/state";

/**
 * Calls a server action in a transition and keeps what it answered: `pending` while it runs, then
 * its `ActionState` (an error carries OVH's query id, shown by `ActionError`). `onOk` runs once the
 * action succeeded, for the caller's toast, navigation and refetch.
 */
export function useActionCall<State = unknown>() {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState<State>>(idle);

  const call = useCallback(
    <T extends State>(action: () => Promise<ActionState<T>>, onOk?: (data: T, message?: string) => void) => {
      startTransition(async () => {
        const result = await action();
        setState(result);
        if (result.status === "ok") onOk?.(result.data, result.message);
      });
    },
    [],
  );
  const reset = useCallback(() => setState(idle), []);

  return { pending, state, call, reset };
}
