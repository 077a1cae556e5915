"use client";

import { useEffect, useState } from "react";
import { isFinished, type JobSnapshot, tallyJob } from "@/lib/revocation/job";
import { jobStatusLine } from "@/lib/revocation/job-text";

/** The bar and the live line. The line is re-read every second too, so the time left moves between polls. */
export function JobProgressPanel({ job, showLine = true }: { job: JobSnapshot; showLine?: boolean }) {
  const finished = isFinished(job);
  const now = useSecondClock(!finished);
  const tally = tallyJob(job);
  const percent = tally.selected === 0 ? (finished ? 100 : 0) : Math.round((tally.settled / tally.selected) * 100);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label="Revocation progress"
        aria-valuemin={0}
        aria-valuemax={tally.selected}
        aria-valuenow={tally.settled}
        aria-valuetext={`${tally.settled} of ${tally.selected}`}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={job.status === "waiting" ? "h-full bg-amber-500" : "h-full bg-blue-600"}
          style={{ width: `${percent}%` }}
        />
      </div>
      {showLine && (
        <p role="status" aria-label="Revocation status" className="text-sm text-slate-800">
          {jobStatusLine(job, Math.max(now, job.updatedAt))}
        </p>
      )}
    </div>
  );
}

function useSecondClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
