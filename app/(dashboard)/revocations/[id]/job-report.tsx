"use client";

import { QueryId } from "@/components/query-id";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { exclusionMessage, type JobSnapshot, type JobTally } from "@/lib/revocation/job";

/** Lists past this length are cut on screen (the page stays light); the downloads hold every item. */
const SHOWN = 200;

/**
 * The report: the four counts (revoked + already gone + failed + not attempted = selected), then what
 * needs the admin's eye: failures with OVH's message and query id, what was not attempted, and the ids
 * never sent to OVH with the reason.
 */
export function JobReport({ job, tally }: { job: JobSnapshot; tally: JobTally }) {
  const deleting = job.kind === "delete-keyless-applications";
  const failures = job.items.filter((item) => item.outcome === "failed");
  const notAttempted = job.items.filter((item) => item.outcome === "not-attempted");
  const counts = [
    { label: deleting ? "Deleted" : "Revoked", value: tally.revoked, testId: "count-revoked", tone: "bg-emerald-50" },
    { label: "Already gone", value: tally.alreadyGone, testId: "count-already-gone", tone: "bg-slate-50" },
    { label: "Failed", value: tally.failed, testId: "count-failed", tone: "bg-red-50" },
    { label: "Not attempted", value: tally.notAttempted, testId: "count-not-attempted", tone: "bg-amber-50" },
  ];
  return (
    <Card aria-labelledby="report-title">
      <CardHeader>
        <h2 id="report-title" className="font-semibold">
          Report
        </h2>
        <p className="text-xs text-slate-600" data-testid="count-selected">
          {tally.selected} selected{tally.pending > 0 ? `, ${tally.pending} still to go` : ""}
          {job.excluded.length > 0 ? ` · ${job.excluded.length} refused before reaching OVH` : ""}
        </p>
      </CardHeader>
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4">
          {counts.map((count) => (
            <div key={count.testId} className={`rounded-md p-3 ${count.tone}`}>
              <dt className="text-xs text-slate-700">{count.label}</dt>
              <dd className="text-xl font-semibold" data-testid={count.testId}>
                {count.value}
              </dd>
            </div>
          ))}
        </dl>
        {failures.length > 0 && (
          <ItemList label="Failed" count={failures.length}>
            {failures.slice(0, SHOWN).map((item) => (
              <li key={item.id} className="px-3 py-2 text-sm">
                <span className="font-mono">#{item.id}</span>: <span className="untrusted-text">{item.message}</span>
                <QueryId value={item.queryId} />
              </li>
            ))}
          </ItemList>
        )}
        {notAttempted.length > 0 && (
          <ItemList label="Not attempted" count={notAttempted.length}>
            {notAttempted.slice(0, SHOWN).map((item) => (
              <li key={item.id} className="px-3 py-1.5 font-mono text-sm">
                #{item.id}
              </li>
            ))}
          </ItemList>
        )}
        {job.excluded.length > 0 && (
          <ItemList label="Refused before reaching OVH" count={job.excluded.length}>
            {job.excluded.slice(0, SHOWN).map((exclusion) => (
              <li key={exclusion.id} className="px-3 py-1.5 text-sm">
                <span className="font-mono">#{exclusion.id}</span>: {exclusionMessage(exclusion.reason)}
              </li>
            ))}
          </ItemList>
        )}
      </CardBody>
    </Card>
  );
}

function ItemList({ label, count, children }: { label: string; count: number; children: React.ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="text-sm font-semibold">
        {label} ({count})
      </h3>
      <ul
        aria-label={label}
        className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      >
        {children}
      </ul>
      {count > SHOWN && (
        <p className="text-xs text-slate-500">
          The first {SHOWN} are shown; the CSV and JSON downloads hold all {count}.
        </p>
      )}
    </section>
  );
}
