"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useRoundEnd } from "@/app/(dashboard)/revocations/use-round-end";
import { activeRevocationJobQuery } from "@/lib/query/revocation-jobs";
import { isFinished } from "@/lib/revocation/job";
import { indicatorText } from "@/lib/revocation/job-text";
import { cn } from "@/lib/ui/cn";

const DISMISSED_KEY = "ovh-keys.revocation-dismissed";

/**
 * The header's link to the session's revocation job: "Revoking: 34 of 86" while it runs (with
 * "waiting for OVH" while paced), then a quiet "Revocation done" until dismissed or until the server
 * stops offering it (15 minutes). Hidden when there is none. It also tells every page when a round
 * ends, so the audit the pages show is read again (the registry has forgotten the cached one).
 */
export function JobIndicator() {
  const pathname = usePathname();
  const { data } = useQuery(activeRevocationJobQuery.options());
  const [dismissed, setDismissed] = useState<string | null>(null);
  const job = data?.job ?? null;
  const finished = job ? isFinished(job) : false;

  useEffect(() => setDismissed(window.sessionStorage.getItem(DISMISSED_KEY)), []);

  useRoundEnd(job);

  if (!job) return null;
  const dismissKey = `${job.id}:${job.rounds}`;
  if (finished && dismissed === dismissKey) return null;
  const href = `/revocations/${job.id}`;
  return (
    <span className="flex items-center gap-1">
      <Link
        href={href}
        aria-current={pathname === href ? "page" : undefined}
        className={cn(
          "rounded-md px-2.5 py-1.5 text-xs font-medium whitespace-nowrap",
          finished ? "text-slate-600 hover:bg-slate-100" : "bg-amber-50 text-amber-900 hover:bg-amber-100",
        )}
      >
        {indicatorText(job)}
      </Link>
      {finished && (
        <button
          type="button"
          aria-label="Dismiss the revocation notice"
          className="rounded px-1 text-xs text-slate-500 hover:bg-slate-100"
          onClick={() => {
            window.sessionStorage.setItem(DISMISSED_KEY, dismissKey);
            setDismissed(dismissKey);
          }}
        >
          ×
        </button>
      )}
    </span>
  );
}
