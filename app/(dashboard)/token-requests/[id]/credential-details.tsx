import { describeRule } from "@/lib/audit/rule-description";
import type { CredentialSummary } from "@/lib/token-requests/status";
import { formatDateTime, formatRelative } from "@/lib/ui/format";
import { StepSection } from "./step-section";

/** The validated credential as OVH reports it: expiry, allowed IPs and the rules it really holds. */
export function CredentialDetails({ credential, now }: { credential: CredentialSummary; now: number }) {
  return (
    <StepSection id="credential-title" title={<>Credential #{credential.credentialId}</>} className="space-y-3">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">Expires</dt>
        <dd data-testid="credential-expiry">
          {credential.expiration ? (
            <>
              {formatDateTime(credential.expiration)}{" "}
              <span className="text-slate-600">({formatRelative(credential.expiration, now)})</span>
            </>
          ) : (
            <span className="font-medium text-amber-800">Never: this key works until someone revokes it.</span>
          )}
        </dd>
        <dt className="text-slate-600">Allowed IPs</dt>
        <dd className="font-mono break-all">
          {credential.allowedIPs?.length ? (
            credential.allowedIPs.join(", ")
          ) : (
            <span className="font-sans">Any address</span>
          )}
        </dd>
        <dt className="text-slate-600">Created</dt>
        <dd>{formatDateTime(credential.creation)}</dd>
      </dl>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Access rules of credential #{credential.credentialId}</caption>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Method
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Path
            </th>
            <th scope="col" className="hidden py-1 font-medium sm:table-cell">
              Meaning
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {credential.rules.map((rule) => (
            <tr key={`${rule.method} ${rule.path}`} data-testid="credential-rule">
              <td className="py-1 pr-3 font-mono">{rule.method}</td>
              <td className="py-1 pr-3 font-mono break-all">{rule.path}</td>
              <td className="hidden py-1 text-slate-600 sm:table-cell">{describeRule(rule)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StepSection>
  );
}
