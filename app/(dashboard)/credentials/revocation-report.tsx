"use client";

import { RevocationTally } from "@/components/revocation-tally";
import { Button } from "@/components/ui/button";
import { revocationReportCsv } from "@/lib/csv/revocation-report";
import { downloadText, timestampForFile } from "@/lib/ui/download";
import type { BulkRevokeState } from "./use-bulk-revoke";

type Props = {
  state: Exclude<BulkRevokeState, { phase: "idle" }>;
  onRetry: (ids: number[]) => void;
  onClose: () => void;
};

export function RevocationReport({ state, onRetry, onClose }: Props) {
  const settled = state.results.length;
  const percent = state.total === 0 ? 100 : Math.round((settled / state.total) * 100);
  const failures = state.results.filter((result) => result.outcome === "failed");
  return (
    <div className="space-y-4">
      <div>
        <div className="mb-1 flex justify-between text-sm text-slate-700">
          <span>
            {settled} of {state.total} settled
          </span>
          <span>{percent}%</span>
        </div>
        <div
          role="progressbar"
          aria-label="Revocation progress"
          aria-valuemin={0}
          aria-valuemax={state.total}
          aria-valuenow={settled}
          className="h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <RevocationTally results={state.results} />
      {state.skippedCurrent && <p className="text-sm text-slate-600">The credential this session uses was left out.</p>}
      {state.phase === "done" && state.error && <p className="text-sm text-red-700">{state.error}</p>}
      {failures.length > 0 && (
        <ul
          aria-label="Failures"
          className="max-h-56 divide-y divide-red-100 overflow-y-auto rounded-md border border-red-200"
        >
          {failures.map((failure) => (
            <li key={failure.id} className="px-3 py-2 text-sm">
              <span className="font-mono">#{failure.id}</span>: {failure.message}
              {failure.queryId && (
                <span className="block text-xs text-slate-600">
                  OVH query id: <code className="font-mono">{failure.queryId}</code>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.phase === "done" && (
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              downloadText(
                `revocation-report-${timestampForFile()}.csv`,
                revocationReportCsv(state.results),
                "text/csv",
              )
            }
          >
            Download report
          </Button>
          {failures.length > 0 && (
            <Button variant="danger" onClick={() => onRetry(failures.map((failure) => failure.id))}>
              Retry failed ({failures.length})
            </Button>
          )}
          <Button onClick={onClose}>Close</Button>
        </div>
      )}
    </div>
  );
}
