import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { summarizeRules } from "@/lib/audit/rule-description";
import type { CredentialView } from "@/lib/audit/types";

export function RevocationPreview({ credentials }: { credentials: CredentialView[] }) {
  return (
    <ul
      aria-label="Credentials to revoke"
      className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
    >
      {credentials.map((credential) => (
        <li key={credential.credentialId} className="flex items-center gap-3 px-3 py-2 text-sm">
          <span className="w-24 shrink-0 font-mono text-slate-700">#{credential.credentialId}</span>
          <CredentialStatusBadge status={credential.status} />
          <span className="untrusted-text min-w-0 flex-1 truncate" title={credential.application?.name}>
            {credential.application?.name ?? `Application ${credential.applicationId}`}
          </span>
          <span className="hidden shrink-0 text-xs text-slate-500 sm:inline">{summarizeRules(credential.rules)}</span>
        </li>
      ))}
    </ul>
  );
}
