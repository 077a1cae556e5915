"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { toast } from "sonner";
import { useActionCall } from "@/components/use-action-call";
import { type ActionState, failure, ok } from "@/lib/actions/state";
import { ApiRequestError } from "@/lib/query/get-json";
import {
  activeRevocationJobQuery,
  type RevocationJobAnswer,
  revocationJobQuery,
  startRevocationJob,
} from "@/lib/query/revocation-jobs";
import type { JobSpec } from "@/lib/revocation/job";

async function start(spec: JobSpec): Promise<ActionState<RevocationJobAnswer>> {
  try {
    return ok(await startRevocationJob(spec));
  } catch (err) {
    const queryId = err instanceof ApiRequestError ? err.queryId : undefined;
    return failure(err instanceof Error ? err.message : "The revocation could not start.", { queryId });
  }
}

/**
 * Every bulk button's one way in: start the job on the server, then go to its page (the job outlives
 * the dialog, so its progress lives on a page a reload, another tab and the header find again). `back`
 * is where the page's "Back" link returns, filters included. A refusal stays in the dialog, with OVH's
 * query id when there is one.
 */
export function useStartJob() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { pending, state, call, reset } = useActionCall<RevocationJobAnswer>();
  const startJob = useCallback(
    (spec: JobSpec, back: string) =>
      call(
        () => start(spec),
        (answer) => {
          if (answer.attached) toast.info("A revocation is already running; showing it.");
          queryClient.setQueryData(revocationJobQuery.key(answer.job.id), { job: answer.job });
          void queryClient.invalidateQueries({ queryKey: activeRevocationJobQuery.key });
          router.push(`/revocations/${answer.job.id}?back=${encodeURIComponent(back)}`);
        },
      ),
    [call, queryClient, router],
  );
  return { pending, state, startJob, reset };
}

/** The current page's path and query: the job page's way back. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}
