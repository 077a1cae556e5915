import { RevocationTally } from "@/components/revocation-tally";
import { Button } from "@/components/ui/button";
import { UntrustedName } from "@/components/untrusted-name";
import type { ApplicationRef } from "@/lib/audit/types";
import type { RevocationResult } from "@/lib/revocation/bulk";
import { cn } from "@/lib/ui/cn";

const outcomeText: Record<RevocationResult["outcome"], string> = {
  revoked: "Deleted",
  "already-gone": "Already gone",
  failed: "Failed",
};

type Props = { applications: ApplicationRef[]; results: RevocationResult[]; onClose: () => void };

export function KeylessReport({ applications, results, onClose }: Props) {
  const byId = new Map(applications.map((application) => [application.applicationId, application]));
  return (
    <div className="space-y-4">
      <RevocationTally results={results} revokedLabel="Deleted" />
      <ul
        aria-label="Report"
        className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      >
        {results.map((result) => (
          <li key={result.id} className="px-3 py-2 text-sm">
            <span className="flex flex-wrap items-baseline justify-between gap-2">
              <UntrustedName name={byId.get(result.id)?.name ?? `Application ${result.id}`} limit={60} />
              <span
                className={cn(
                  "text-xs font-semibold",
                  result.outcome === "failed"
                    ? "text-red-700"
                    : result.outcome === "revoked"
                      ? "text-emerald-700"
                      : "text-slate-600",
                )}
              >
                {outcomeText[result.outcome]}
              </span>
            </span>
            {result.message && <span className="block text-xs text-slate-700">{result.message}</span>}
            {result.queryId && (
              <span className="block text-xs text-slate-600">
                OVH query id: <code className="font-mono select-all">{result.queryId}</code>
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <Button onClick={onClose}>Close</Button>
      </div>
    </div>
  );
}
