import { type RevocationResult, tallyRevocation } from "@/lib/revocation/bulk";

/** The three counts every bulk report shows; revoked + already gone + failed always equals what was asked. */
export function RevocationTally({
  results,
  revokedLabel = "Revoked",
}: {
  results: RevocationResult[];
  revokedLabel?: string;
}) {
  const tally = tallyRevocation(results);
  return (
    <dl className="grid grid-cols-3 gap-3 text-center" aria-live="polite">
      <div className="rounded-md bg-emerald-50 p-3">
        <dt className="text-xs text-emerald-800">{revokedLabel}</dt>
        <dd className="text-xl font-semibold text-emerald-900" data-testid="count-revoked">
          {tally.revoked}
        </dd>
      </div>
      <div className="rounded-md bg-slate-50 p-3">
        <dt className="text-xs text-slate-700">Already gone</dt>
        <dd className="text-xl font-semibold" data-testid="count-already-gone">
          {tally["already-gone"]}
        </dd>
      </div>
      <div className="rounded-md bg-red-50 p-3">
        <dt className="text-xs text-red-800">Failed</dt>
        <dd className="text-xl font-semibold text-red-900" data-testid="count-failed">
          {tally.failed}
        </dd>
      </div>
    </dl>
  );
}
