import Link from "next/link";
import { severityTone } from "@/components/finding-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { credentialsHref } from "@/lib/audit/credential-links";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import type { Grade, RiskScore } from "@/lib/audit/risk-score";
import { cn } from "@/lib/ui/cn";

const gradeColour: Record<Grade, string> = {
  A: "bg-emerald-600",
  B: "bg-lime-600",
  C: "bg-amber-500",
  D: "bg-orange-600",
  E: "bg-red-600",
  F: "bg-red-800",
};

export function RiskScoreCard({ risk }: { risk: RiskScore }) {
  return (
    <Card aria-labelledby="risk-title">
      <CardHeader>
        <CardTitle id="risk-title">Account risk score</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3">
        <div className="flex items-center gap-4">
          <span
            className={cn(
              "flex size-14 items-center justify-center rounded-lg text-2xl font-bold text-white",
              gradeColour[risk.grade],
            )}
          >
            <span className="sr-only">Grade </span>
            {risk.grade}
          </span>
          <p>
            <span className="text-3xl font-semibold tabular-nums" data-testid="risk-score">
              {risk.score}
            </span>
            <span className="text-slate-500"> / 100</span>
            <span className="block text-xs text-slate-600">0 means nothing to fix; higher is worse.</span>
          </p>
        </div>
        <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <div className={cn("h-full", gradeColour[risk.grade])} style={{ width: `${risk.score}%` }} />
        </div>
        <details className="group text-sm">
          <summary className="cursor-pointer font-medium text-blue-800">How this score is computed</summary>
          <p className="mt-2 text-slate-700">{risk.method}</p>
          {risk.breakdown.length > 0 && <Breakdown risk={risk} />}
        </details>
      </CardBody>
    </Card>
  );
}

function Breakdown({ risk }: { risk: RiskScore }) {
  return (
    <table className="mt-3 w-full text-left text-xs">
      <caption className="sr-only">Points by finding</caption>
      <thead className="text-slate-500">
        <tr>
          <th className="py-1 font-medium">Finding</th>
          <th className="py-1 text-right font-medium">Credentials</th>
          <th className="py-1 text-right font-medium">Weight</th>
          <th className="py-1 text-right font-medium">Points</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {risk.breakdown.map((row) => (
          <tr key={`${row.findingId}:${row.severity}`}>
            <td className="py-1">
              <Badge tone={severityTone[row.severity]}>{findingLabels[row.findingId].title}</Badge>
            </td>
            <td className="py-1 text-right tabular-nums">
              <Link
                href={credentialsHref({ finding: [row.findingId] })}
                aria-label={`${row.count} ${findingLabels[row.findingId].title}`}
                className="text-blue-800 hover:underline"
              >
                {row.count}
              </Link>
            </td>
            <td className="py-1 text-right tabular-nums">{row.weight}</td>
            <td className="py-1 text-right tabular-nums">{row.points}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
