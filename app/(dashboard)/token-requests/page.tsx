import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { summarizeRules } from "@/lib/audit/rule-description";
import { connectUrl } from "@/lib/session/ended";
import { requireOvh } from "@/lib/session/state";
import { toTokenRequestView } from "@/lib/token-requests/record";
import { connectedSessionRequests } from "@/lib/token-requests/session-requests";
import { formatDateTime, maskKey } from "@/lib/ui/format";
import { RequestStatusCell } from "./request-status-cell";

export const metadata: Metadata = { title: "Token requests" };

export default async function TokenRequestsPage() {
  const { info } = await requireOvh();
  const context = await connectedSessionRequests();
  if (!context) redirect(connectUrl());
  const requests = context.requests.map((record) => toTokenRequestView(record, context.session));
  return (
    <div className="space-y-4">
      <PageHeader
        title="Token requests"
        description="Consumer keys requested in this session, newest first. Only the latest few are kept, in the session cookie."
      >
        <Link
          href="/token-requests/new"
          className="inline-flex h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          New token request
        </Link>
      </PageHeader>
      {requests.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">No token request in this session yet.</p>
          <p className="mt-1 text-sm text-slate-600">
            Create one to give a tool a key with exactly the access it needs, then follow its validation here.
          </p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {requests.map((request) => (
            <li key={request.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0 space-y-0.5">
                <Link href={`/token-requests/${request.id}`} className="font-medium text-blue-800 hover:underline">
                  {request.rules ? summarizeRules(request.rules) : "Many rules"}
                </Link>
                {request.rules && (
                  <p className="font-mono text-xs break-all text-slate-700">
                    {request.rules
                      .slice(0, 3)
                      .map((rule) => `${rule.method} ${rule.path}`)
                      .join(", ")}
                    {request.rules.length > 3 && ` +${request.rules.length - 3} more`}
                  </p>
                )}
                <p className="text-xs text-slate-600">
                  {formatDateTime(new Date(request.createdAt).toISOString())} ·{" "}
                  {request.applicationKey === info.applicationKey
                    ? "this session's application"
                    : `application ${maskKey(request.applicationKey)}`}
                  {request.replaces !== undefined && ` · replaces #${request.replaces}`}
                  {request.allowedIPs &&
                    request.allowedIPs.length > 0 &&
                    ` · ${request.allowedIPs.length} allowed IP block(s)`}
                </p>
              </div>
              <RequestStatusCell id={request.id} followable={request.followable} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
