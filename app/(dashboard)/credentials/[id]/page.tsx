import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CredentialStatusBadge } from "@/components/credential-status-badge";
import { QueryId } from "@/components/query-id";
import { ReplaceCredentialLink } from "@/components/replace-credential-link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { describeRule } from "@/lib/audit/rule-description";
import { requireOvh } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getCredential, getCredentialApplication } from "@/lib/ovh/credentials";
import { describeOvhError, isCredentialInvalid, isNotFound } from "@/lib/ovh/errors";
import type { Application, Credential } from "@/lib/ovh/models";
import { ovhIdSchema } from "@/lib/revocation-schema";

export const metadata: Metadata = { title: "Credential" };

type Loaded = { credential: Credential; application: Application | null } | { error: string; queryId?: string };

async function load(ovh: Awaited<ReturnType<typeof requireOvh>>["ovh"], id: number): Promise<Loaded | null> {
  try {
    const credential = await getCredential(ovh, id);
    const application = await getCredentialApplication(ovh, id).catch(() => null);
    return { credential, application };
  } catch (err) {
    if (isNotFound(err)) return null;
    if (isCredentialInvalid(err)) redirect("/connect?reason=credential-invalid");
    const { message, queryId } = describeOvhError(err);
    return { error: message, queryId };
  }
}

/** One credential: what it grants and where it may be used from, with Replace. */
export default async function CredentialPage({ params }: { params: Promise<{ id: string }> }) {
  const id = ovhIdSchema.safeParse(Number((await params).id));
  if (!id.success) notFound();
  const { ovh, info } = await requireOvh();
  const loaded = await load(ovh, id.data);
  if (!loaded) notFound();
  if ("error" in loaded) {
    return (
      <Alert tone="error">
        Credential #{id.data} could not be read: {loaded.error}
        <QueryId value={loaded.queryId} />
      </Alert>
    );
  }
  const { credential, application } = loaded;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/credentials" className="text-blue-800 hover:underline">
          ← Credentials
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-xl font-semibold">Credential #{credential.credentialId}</h1>
          <CredentialStatusBadge status={credential.status} />
          {credential.credentialId === info.credentialId && (
            <span className="text-sm text-slate-600">this session</span>
          )}
        </div>
        <ReplaceCredentialLink credentialId={credential.credentialId} />
      </div>
      <Card>
        <CardBody>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">Application</dt>
            <dd className="untrusted-text">{application ? application.name : `#${credential.applicationId}`}</dd>
            <dt className="text-slate-600">Created</dt>
            <dd>{formatDateTime(credential.creation)}</dd>
            <dt className="text-slate-600">Expires</dt>
            <dd>{credential.expiration ? formatDateTime(credential.expiration) : "Never"}</dd>
            <dt className="text-slate-600">Last used</dt>
            <dd data-testid="last-use">{credential.lastUse ? formatDateTime(credential.lastUse) : "Never"}</dd>
            <dt className="text-slate-600">Allowed IPs</dt>
            <dd className="font-mono break-all">{credential.allowedIPs?.join(", ") || "Any address"}</dd>
          </dl>
        </CardBody>
      </Card>
      <Card>
        <CardBody>
          <h2 className="mb-2 text-base font-semibold">Access rules</h2>
          <ul className="space-y-1 text-sm">
            {credential.rules.map((rule) => (
              <li key={`${rule.method} ${rule.path}`}>
                <code className="font-mono break-all">
                  {rule.method} {rule.path}
                </code>{" "}
                <span className="text-slate-600">· {describeRule(rule)}</span>
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
