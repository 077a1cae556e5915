import Link from "next/link";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { credentialsHref } from "@/lib/audit/credential-links";
import { DAY_MS } from "@/lib/audit/credential-state";
import { summarizeRules } from "@/lib/audit/rule-description";
import type { ExpiringCredential } from "@/lib/audit/summary";
import { cn } from "@/lib/ui/cn";
import { formatDateTime, formatRelative } from "@/lib/ui/format";

const LISTED = 10;
const STACK = 4;

type Props = { expiring: ExpiringCredential[]; now: number; days: number };

export function ExpiryTimeline({ expiring, now, days }: Props) {
  const soonest = credentialsHref({ status: ["validated"], sort: "expiration", dir: "asc" });
  return (
    <Card aria-labelledby="expiry-title">
      <CardHeader className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle id="expiry-title">Expiring in the next {days} days</CardTitle>
        <Link href={soonest} className="text-sm text-blue-800 hover:underline">
          {expiring.length} credential{expiring.length === 1 ? "" : "s"}, soonest first
        </Link>
      </CardHeader>
      <CardBody className="space-y-4">
        {expiring.length === 0 ? (
          <p className="text-sm text-slate-600">No validated credential expires in the next {days} days.</p>
        ) : (
          <>
            <Track expiring={expiring} now={now} days={days} />
            <ol
              className="divide-y divide-slate-100 rounded-md border border-slate-200"
              aria-label="Expiring credentials"
            >
              {expiring.slice(0, LISTED).map(({ view, expiration, daysLeft }) => (
                <li key={view.credentialId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm">
                  <span className={cn("w-24 shrink-0 font-medium", daysLeft < 7 ? "text-red-700" : "text-amber-700")}>
                    {formatRelative(expiration, now)}
                  </span>
                  <Link href={`/credentials/${view.credentialId}`} className="font-mono text-blue-800 hover:underline">
                    #{view.credentialId}
                  </Link>
                  <span className="untrusted-text line-clamp-1 min-w-0 flex-1" title={view.application?.name}>
                    {view.application?.name ?? `Application ${view.applicationId}`}
                  </span>
                  <span className="text-xs text-slate-500">
                    {summarizeRules(view.rules)} · {formatDateTime(expiration)}
                  </span>
                </li>
              ))}
            </ol>
            {expiring.length > LISTED && (
              <Link href={soonest} className="text-sm text-blue-800 hover:underline">
                {expiring.length - LISTED} more…
              </Link>
            )}
          </>
        )}
      </CardBody>
    </Card>
  );
}

/** The visual timeline; the list below carries the same information for keyboards and screen readers. */
function Track({ expiring, now, days }: Props) {
  const perDay = new Map<number, number>();
  const ticks = [0, 7, 14, 21, days];
  return (
    <div aria-hidden="true" className="px-2">
      <div className="relative h-16">
        <div className="absolute inset-x-0 bottom-5 h-px bg-slate-300" />
        <div className="absolute bottom-5 left-0 h-px bg-red-300" style={{ width: `${(7 / days) * 100}%` }} />
        {expiring.map(({ view, expiresAt, daysLeft, expiration }) => {
          const slot = perDay.get(daysLeft) ?? 0;
          perDay.set(daysLeft, slot + 1);
          if (slot >= STACK) return null;
          const left = Math.min(100, ((expiresAt - now) / (days * DAY_MS)) * 100);
          return (
            <Link
              key={view.credentialId}
              href={`/credentials/${view.credentialId}`}
              tabIndex={-1}
              title={`#${view.credentialId} expires ${formatRelative(expiration, now)}`}
              className={cn(
                "absolute size-3 -translate-x-1/2 rounded-full ring-2 ring-white",
                daysLeft < 7 ? "bg-red-600" : "bg-amber-500",
              )}
              style={{ left: `${left}%`, bottom: `${14 + slot * 12}px` }}
            />
          );
        })}
        {ticks.map((day) => (
          <span
            key={day}
            className="absolute bottom-0 -translate-x-1/2 text-[10px] whitespace-nowrap text-slate-500"
            style={{ left: `${(day / days) * 100}%` }}
          >
            {day === 0 ? "today" : `+${day}d`}
          </span>
        ))}
      </div>
    </div>
  );
}
