"use client";

import { useEffect } from "react";
import { useAuditChange } from "@/lib/query/use-audit-change";
import { isFinished, type JobProgress, type JobSnapshot } from "@/lib/revocation/job";

/** Rounds whose end this tab has acted on: the job page and the header indicator share it. */
const handled = new Set<string>();

/** A round that ended this long ago was surely seen by an earlier page of this tab, or by none. */
const RECENT_MS = 60_000;

/**
 * When a round of a revocation job ends, the audit the pages show is read again (the registry has
 * already forgotten the server's cached copy): once per round in this tab, whichever of the job page
 * or the header indicator sees the end first.
 */
export function useRoundEnd(job: Pick<JobSnapshot | JobProgress, "id" | "rounds" | "status" | "finishedAt"> | null) {
  const auditChanged = useAuditChange();
  const key = job ? `${job.id}:${job.rounds}` : null;
  const ended = job !== null && isFinished(job);
  const finishedAt = job?.finishedAt;
  useEffect(() => {
    if (!key || !ended || handled.has(key)) return;
    handled.add(key);
    if (finishedAt !== undefined && Date.now() - finishedAt < RECENT_MS) void auditChanged();
  }, [key, ended, finishedAt, auditChanged]);
}
