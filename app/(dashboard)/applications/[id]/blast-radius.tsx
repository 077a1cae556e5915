import { describeRule } from "@/lib/audit/rule-description";
import type { ApplicationBlastRadius } from "@/lib/audit/selection";
import { formatDateTime, formatRelative } from "@/lib/ui/format";
import { StatusLinks } from "../status-links";

const SHOWN_RULES = 12;

/** What deleting the application takes down with it: OVH revokes every credential it holds. */
export function BlastRadius({
  applicationId,
  radius,
  now,
  deletable = true,
}: {
  applicationId: number;
  radius: ApplicationBlastRadius;
  now: number;
  /** False for a foreign application: the same figures, without implying it could be deleted. */
  deletable?: boolean;
}) {
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-xs font-medium text-slate-500">
          {deletable ? "Credentials revoked with it" : "Credentials"}
        </dt>
        <dd>
          <span className="text-lg font-semibold" data-testid="blast-count">
            {radius.credentials}
          </span>
          <StatusLinks applicationId={applicationId} byStatus={radius.byStatus} />
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-slate-500">Most recent use among them</dt>
        <dd title={formatDateTime(radius.lastUse)}>
          {formatRelative(radius.lastUse, now)}
          {radius.lastUse && <span className="block text-xs text-slate-500">{formatDateTime(radius.lastUse)}</span>}
        </dd>
      </div>
      <div className="sm:col-span-2">
        <dt className="text-xs font-medium text-slate-500">Access they hold together</dt>
        <dd>
          {radius.rules.length === 0 ? (
            <span className="text-slate-500">no access rule</span>
          ) : (
            <ul className="mt-1 space-y-0.5">
              {radius.rules.slice(0, SHOWN_RULES).map((rule) => (
                <li key={`${rule.method} ${rule.path}`} className="flex flex-wrap gap-x-2">
                  <code className="font-mono text-xs break-all">
                    {rule.method} {rule.path}
                  </code>
                  <span className="text-xs text-slate-600">{describeRule(rule)}</span>
                </li>
              ))}
              {radius.rules.length > SHOWN_RULES && (
                <li className="text-xs text-slate-500">and {radius.rules.length - SHOWN_RULES} more rules</li>
              )}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
