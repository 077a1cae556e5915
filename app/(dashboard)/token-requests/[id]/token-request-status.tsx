"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { ApiRequestError } from "@/lib/query/get-json";
import { tokenRequestStatusQuery } from "@/lib/query/token-requests";
import { forgetConsumerKey, peekConsumerKey } from "@/lib/token-requests/one-time-consumer-keys";
import type { TokenRequestView } from "@/lib/token-requests/record";
import { TokenRequestStatusBadge } from "../status-badge";
import { ConsumerKeyOnce } from "./consumer-key-once";
import { CredentialDetails } from "./credential-details";
import { HandoffSnippets } from "./handoff-snippets";
import { ReplacementPanel } from "./replacement-panel";
import { UseForSession } from "./use-for-session";
import { ValidationLink } from "./validation-link";

type Props = {
  request: TokenRequestView;
  /** Endpoint as tools spell it: a name (ovh-eu) or, for the emulator, its base URL. */
  handoffEndpoint: string;
  sessionCredentialId: number;
};

const failureTone = { refused: "error", expired: "warning", gone: "warning", "ip-restricted": "info" } as const;

export function TokenRequestStatus({ request, handoffEndpoint, sessionCredentialId }: Props) {
  // Held in this tab's memory since the form's action answered; a reload starts without it.
  const [consumerKey] = useState(() => peekConsumerKey(request.id));
  useEffect(() => () => forgetConsumerKey(request.id), [request.id]);
  const query = useQuery({
    ...tokenRequestStatusQuery.options(request.id),
    enabled: request.followable,
    refetchOnWindowFocus: true,
  });
  const status = query.data;
  const current = request.followable ? status?.status : "untracked";
  const waiting = current === undefined || current === "pending" || current === "untracked";
  const handoff = (
    <HandoffSnippets endpoint={handoffEndpoint} applicationKey={request.applicationKey} consumerKey={consumerKey} />
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3" aria-live="polite">
        {current ? <TokenRequestStatusBadge status={current} /> : <span className="text-sm">Checking…</span>}
        {current === "pending" && (
          <span className="text-sm text-slate-600" data-testid="polling">
            Checking every 2 seconds
          </span>
        )}
      </div>

      {consumerKey && <ConsumerKeyOnce consumerKey={consumerKey} keptForSession={request.followable} />}

      {query.error && (
        <Alert tone="error">
          The status could not be read: {query.error.message} It is checked again in a moment.
          <QueryId value={query.error instanceof ApiRequestError ? query.error.queryId : undefined} />
        </Alert>
      )}

      {!request.followable && (
        <Alert tone="info">
          This request used another application key. Status checks are signed with the application secret, and the
          dashboard only knows this session&apos;s, so it cannot follow this one. Once validated, the credential appears
          on the Credentials page.
        </Alert>
      )}

      {current && current !== "pending" && current !== "validated" && current !== "untracked" && status && (
        <Alert tone={failureTone[current]}>
          {status.message}
          <QueryId value={status.queryId} />
        </Alert>
      )}
      {current === "pending" && status?.message && <p className="text-sm text-slate-700">{status.message}</p>}

      {waiting && (
        <Card>
          <CardBody>
            <ValidationLink url={request.validationUrl} />
          </CardBody>
        </Card>
      )}

      {current === "validated" && status?.credential && (
        <>
          <Card>
            <CardBody>
              <CredentialDetails credential={status.credential} now={status.checkedAt} />
            </CardBody>
          </Card>
          <Card>
            <CardBody className="space-y-4">{handoff}</CardBody>
          </Card>
          <Card>
            <CardBody>
              <UseForSession id={request.id} status={status} sessionCredentialId={sessionCredentialId} />
            </CardBody>
          </Card>
        </>
      )}

      {request.replaces !== undefined && (
        <Card>
          <CardBody>
            <ReplacementPanel id={request.id} replacesId={request.replaces} status={status} />
          </CardBody>
        </Card>
      )}

      {!request.followable && (
        <Card>
          <CardBody>{handoff}</CardBody>
        </Card>
      )}
    </div>
  );
}
