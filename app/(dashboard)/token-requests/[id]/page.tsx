import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { createTokenPageUrl, endpointBaseUrl, endpointLabel } from "@/lib/ovh/endpoints";
import { getQueryClient } from "@/lib/query/client";
import { tokenRequestStatusQuery } from "@/lib/query/token-requests";
import { leaveIfCredentialInvalid } from "@/lib/session/credential-invalid";
import { connectUrl } from "@/lib/session/ended";
import { requireOvh } from "@/lib/session/state";
import { checkTokenRequest } from "@/lib/token-requests/check";
import { tokenRequestIdSchema } from "@/lib/token-requests/create-input";
import { toTokenRequestView } from "@/lib/token-requests/record";
import { findSessionTokenRequest } from "@/lib/token-requests/session-requests";
import type { TokenRequestStatusView } from "@/lib/token-requests/status";
import { formatDateTime, maskKey } from "@/lib/ui/format";
import { CreateTokenCard } from "../create-token-card";
import { TokenRequestStatus } from "./token-request-status";

export const metadata: Metadata = { title: "Token request" };

export default async function TokenRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = tokenRequestIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const { ovh, info } = await requireOvh();
  const found = await findSessionTokenRequest(parsed.data);
  if (!found) redirect(connectUrl());
  const { session, record } = found;
  if (!record) {
    return (
      <PageHeader
        title="Token request not found"
        description={
          <>
            This session does not keep this request: it was made in another session or dropped to keep the session
            cookie small. A validated credential still appears on the{" "}
            <Link href="/credentials" className="text-blue-800 underline">
              Credentials
            </Link>{" "}
            page.
          </>
        }
      />
    );
  }

  let initial: TokenRequestStatusView | undefined;
  try {
    initial = await checkTokenRequest(session, ovh, record);
  } catch (err) {
    // In the catch clause: the redirect's throw must leave the page. Other failures are retried by the client.
    leaveIfCredentialInvalid(err);
  }
  const queryClient = getQueryClient();
  if (initial) queryClient.setQueryData(tokenRequestStatusQuery.key(record.id), initial);

  const view = toTokenRequestView(record, session);
  const handoffEndpoint = record.endpoint === "emulator" ? endpointBaseUrl("emulator") : record.endpoint;
  const sameApplication = record.applicationKey === info.applicationKey;
  return (
    <div className="space-y-4">
      <BackLink href="/token-requests">Token requests</BackLink>
      <PageHeader
        title="Token request"
        description={
          <>
            Created {formatDateTime(new Date(record.createdAt).toISOString())} on {endpointLabel(record.endpoint)} for{" "}
            {sameApplication ? "this session's application" : "application"}{" "}
            <code className="font-mono">{maskKey(record.applicationKey)}</code>
            {record.replaces !== undefined && <> · replaces credential #{record.replaces}</>}
          </>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TokenRequestStatus request={view} handoffEndpoint={handoffEndpoint} sessionCredentialId={info.credentialId} />
      </HydrationBoundary>
      <Card>
        <CardHeader>
          <h2 className="text-base font-semibold">Requested</h2>
        </CardHeader>
        <CardBody className="space-y-3 text-sm">
          {record.rules ? (
            <ul className="space-y-0.5 font-mono text-xs" aria-label="Requested access rules">
              {record.rules.map((rule) => (
                <li key={`${rule.method} ${rule.path}`} className="break-all">
                  {rule.method} {rule.path}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">
              Too many rules to keep in the session cookie; the validated credential shows the rules it holds.
            </p>
          )}
          <p>
            <span className="text-slate-600">Allowed IPs: </span>
            {record.allowedIPs === null ? (
              "not kept in the session cookie"
            ) : record.allowedIPs.length > 0 ? (
              <span className="font-mono break-all">{record.allowedIPs.join(", ")}</span>
            ) : (
              "any address"
            )}
          </p>
        </CardBody>
      </Card>
      {record.rules && (
        <Card>
          <CardHeader>
            <h2 className="text-base font-semibold">A new application for the tool</h2>
          </CardHeader>
          <CardBody>
            <CreateTokenCard
              pageUrl={createTokenPageUrl(record.endpoint)}
              rules={record.rules}
              endpointLabel={endpointLabel(record.endpoint)}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
