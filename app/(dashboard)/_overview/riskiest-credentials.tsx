import Link from "next/link";
import { FirstFindingBadges } from "@/components/finding-badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { credentialsHref } from "@/lib/audit/credential-links";
import type { RankedCredential } from "@/lib/audit/risk-score";
import { summarizeRules } from "@/lib/audit/rule-description";
import { formatRelative } from "@/lib/ui/format";

export function RiskiestCredentials({ ranked, now }: { ranked: RankedCredential[]; now: number }) {
  return (
    <Card aria-labelledby="riskiest-title">
      <CardHeader className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle id="riskiest-title">Riskiest credentials</CardTitle>
        <Link
          href={credentialsHref({ sort: "findings", dir: "desc" })}
          className="text-sm text-blue-800 hover:underline"
        >
          All, riskiest first
        </Link>
      </CardHeader>
      {ranked.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-600">No credential carries a risk. Nothing to fix here.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {ranked.map(({ view, risk }) => (
            <li key={view.credentialId} className="flex items-start gap-3 px-5 py-3">
              <span
                className="mt-0.5 w-12 shrink-0 rounded bg-red-50 px-1 text-center text-xs font-semibold text-red-800 tabular-nums"
                title="Risk points this credential adds to the score"
              >
                {Math.round(risk)} pts
              </span>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm">
                  <Link href={`/credentials/${view.credentialId}`} className="font-mono text-blue-800 hover:underline">
                    #{view.credentialId}
                  </Link>
                  <span
                    className="untrusted-text line-clamp-1 min-w-0 flex-1 text-slate-800"
                    title={view.application?.name}
                  >
                    {view.application?.name ?? `Application ${view.applicationId}`}
                  </span>
                  {view.isCurrent && (
                    <span className="rounded bg-blue-100 px-1 text-[10px] font-semibold text-blue-800 uppercase">
                      this session
                    </span>
                  )}
                </p>
                <p className="text-xs text-slate-600">
                  {summarizeRules(view.rules)} · last use {formatRelative(view.lastUse, now)}
                </p>
                <FirstFindingBadges findings={view.findings} max={3} as="div" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
