import type { ReactNode } from "react";
import { AppNav } from "@/app/(dashboard)/_shell/app-nav";
import { JobIndicator } from "@/app/(dashboard)/_shell/job-indicator";
import { SessionDetailsUnavailable } from "@/app/(dashboard)/_shell/session-details-unavailable";
import { SessionMenu } from "@/app/(dashboard)/_shell/session-menu";
import { endpointLabel } from "@/lib/ovh/endpoints";
import { getSessionShell, type SessionShell } from "@/lib/session/shell";
import { formatDateTime } from "@/lib/ui/format";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const shell = await getSessionShell();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex max-w-full min-w-0 flex-wrap items-center gap-x-6 gap-y-1">
            <span className="text-base font-semibold whitespace-nowrap text-blue-800">ovh-keys</span>
            <AppNav />
            <JobIndicator />
          </div>
          <div className="flex items-center gap-4">
            <SessionDetails shell={shell} />
            <SessionMenu />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">
        {shell.status === "unavailable" && (
          <SessionDetailsUnavailable message={shell.message} queryId={shell.queryId} />
        )}
        {children}
      </main>
    </div>
  );
}

function SessionDetails({ shell }: { shell: SessionShell }) {
  const endpoint = endpointLabel(shell.info.endpoint);
  if (shell.status === "unavailable") {
    return <p className="text-right text-xs leading-5 text-slate-600">Session details unavailable · {endpoint}</p>;
  }
  const { account, credential } = shell;
  const fullName = [account.firstname, account.name].filter(Boolean).join(" ") || account.organisation || "";
  return (
    <dl className="text-right text-xs leading-5 text-slate-600" aria-label="Session">
      <div>
        <dt className="sr-only">Account</dt>
        <dd>
          <span className="font-semibold text-slate-900" data-testid="nichandle">
            {account.nichandle}
          </span>
          {fullName && <span className="untrusted-text"> · {fullName}</span>}
          <span> · {endpoint}</span>
        </dd>
      </div>
      <div>
        <dt className="inline">Session credential </dt>
        <dd className="inline font-mono" data-testid="session-credential">
          #{credential.credentialId}
        </dd>
        <span> · {credential.expiration ? `expires ${formatDateTime(credential.expiration)}` : "never expires"}</span>
      </div>
    </dl>
  );
}
