import { FindingBadge } from "@/components/finding-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { normalizeRules, ruleKey } from "@/lib/audit/access-rule-scope";
import { describeRule, summarizeRules } from "@/lib/audit/rule-description";
import type { CredentialView } from "@/lib/audit/types";

export function CredentialAccess({ view }: { view: CredentialView }) {
  return (
    <>
      <Card aria-labelledby="rules-title">
        <CardHeader>
          <CardTitle id="rules-title">Access rules</CardTitle>
          <p className="text-xs text-slate-600">{summarizeRules(view.rules)}</p>
        </CardHeader>
        {view.rules.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-600">This credential has no access rule: it can call nothing.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {normalizeRules(view.rules).map((rule) => (
              <li key={ruleKey(rule)} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-5 py-2">
                <Badge tone={rule.method === "GET" ? "neutral" : "amber"} className="w-16 justify-center font-mono">
                  {rule.method}
                </Badge>
                <code className="min-w-0 font-mono text-sm break-all">{rule.path === "" ? '""' : rule.path}</code>
                <span className="text-sm text-slate-600">{describeRule(rule)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="findings-title">
        <CardHeader>
          <CardTitle id="findings-title">Findings</CardTitle>
        </CardHeader>
        {view.findings.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-600">Nothing risky found on this credential.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {view.findings.map((finding) => (
              <li key={finding.id} className="space-y-1 px-5 py-3">
                <FindingBadge finding={finding} />
                <p className="text-sm text-slate-700">{finding.explanation}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
