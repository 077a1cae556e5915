"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AuditLoadError, StaleAuditWarning } from "@/components/audit-load-error";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { UntrustedName } from "@/components/untrusted-name";
import { credentialsHref } from "@/lib/audit/credential-links";
import { applicationBlastRadius } from "@/lib/audit/selection";
import { auditQuery } from "@/lib/query/audit";
import { ApplicationBadges } from "../application-badges";
import { ApplicationCredentials } from "./application-credentials";
import { ApplicationFindings } from "./application-findings";
import { BlastRadius } from "./blast-radius";
import { RevokeApplicationDialog } from "./revoke-application-dialog";
import { RevokeCredentialsDialog } from "./revoke-credentials-dialog";

export function ApplicationDetail({ id }: { id: number }) {
  const { data, error, refetch } = useQuery(auditQuery.options());
  const [revoking, setRevoking] = useState(false);
  const [revokingCredentials, setRevokingCredentials] = useState(false);
  const credentials = useMemo(() => data?.credentials.filter((view) => view.applicationId === id) ?? [], [data, id]);
  const radius = useMemo(() => applicationBlastRadius(credentials, id), [credentials, id]);

  if (!data) {
    if (error) return <AuditLoadError error={error} onRetry={() => refetch()} what="This application" />;
    return <p className="text-sm text-slate-600">Loading application #{id}…</p>;
  }
  const application = data.applications.find((item) => item.applicationId === id) ?? null;
  if (!application && credentials.length === 0) {
    return (
      <Card className="mx-auto max-w-xl space-y-3 p-8 text-center">
        <h1 className="text-lg font-semibold">Application #{id} is gone</h1>
        <p className="text-sm text-slate-600">It is no longer in the audit: it was deleted.</p>
        <Link href="/applications" className="inline-block text-sm font-medium text-blue-800 hover:underline">
          Back to all applications
        </Link>
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      <Link href="/applications" className="text-sm text-blue-800 hover:underline">
        ← All applications
      </Link>
      {error && <StaleAuditWarning error={error} onRetry={() => refetch()} />}
      <PageHeader
        title={<UntrustedName name={application?.name ?? `Application ${id}`} limit={120} />}
        description={application?.description && <UntrustedName name={application.description} limit={300} />}
      >
        <Button
          variant={application?.owned ? "secondary" : "danger"}
          onClick={() => setRevokingCredentials(true)}
          disabled={radius.credentials - (radius.includesCurrent ? 1 : 0) === 0}
        >
          Revoke every credential…
        </Button>
        {application?.owned && (
          <Button variant="danger" onClick={() => setRevoking(true)}>
            Revoke application…
          </Button>
        )}
      </PageHeader>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <ApplicationBadges application={application} />
        <span className="font-mono text-xs text-slate-600">
          {application?.applicationKey ?? "key unknown"} · #{id}
        </span>
      </p>
      {application && !application.owned && (
        <Alert tone="info">
          This is a foreign application: it belongs to OVH (a console, the support) or a third party, and the account
          cannot delete it. Its credentials can be revoked: all at once with <strong>Revoke every credential</strong>,
          or one by one from the{" "}
          <Link href={credentialsHref({ application: id })} className="font-medium underline">
            credentials table
          </Link>
          .
        </Alert>
      )}
      <Card aria-labelledby="radius-title">
        <CardHeader>
          <h2 id="radius-title" className="font-semibold">
            {application?.owned ? "Blast radius" : "What its credentials hold"}
          </h2>
          <p className="text-xs text-slate-600">
            {application?.owned
              ? "What deleting this application would take down with it."
              : "Everything its credentials can do, taken together."}
          </p>
        </CardHeader>
        <CardBody className="space-y-3">
          {radius.includesCurrent && (
            <Alert tone="warning">This application holds the credential this session signs with.</Alert>
          )}
          <BlastRadius applicationId={id} radius={radius} now={data.now} deletable={application?.owned ?? false} />
          <ApplicationFindings applicationId={id} credentials={credentials} />
        </CardBody>
      </Card>
      <ApplicationCredentials applicationId={id} credentials={credentials} now={data.now} />
      <RevokeCredentialsDialog
        applicationId={id}
        application={application}
        radius={radius}
        now={data.now}
        open={revokingCredentials}
        onOpenChange={setRevokingCredentials}
      />
      {application?.owned && (
        <RevokeApplicationDialog
          application={application}
          radius={radius}
          now={data.now}
          open={revoking}
          onOpenChange={setRevoking}
        />
      )}
    </div>
  );
}
