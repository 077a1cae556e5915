import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { collapseRules, type RuleRow } from "@/lib/access-rules/builder";
import { getCredential } from "@/lib/ovh/credentials";
import { createTokenPageUrl, endpointLabel } from "@/lib/ovh/endpoints";
import { describeOvhError, isNotFound } from "@/lib/ovh/errors";
import { ovhIdSchema } from "@/lib/ovh/ids";
import { leaveIfCredentialInvalid } from "@/lib/session/credential-invalid";
import { requireOvh } from "@/lib/session/state";
import { formatDateTime, maskKey } from "@/lib/ui/format";
import { TokenRequestForm } from "./token-request-form";

export const metadata: Metadata = { title: "New token request" };

type Replacing =
  | { state: "none" }
  | {
      state: "found";
      id: number;
      rows: RuleRow[];
      allowedIPs: string[];
      lastUse: string | null;
      expiration: string | null;
    }
  | { state: "missing"; id: number }
  | { state: "error"; id: number; message: string; queryId?: string };

async function loadReplaced(
  raw: string | undefined,
  ovh: Awaited<ReturnType<typeof requireOvh>>["ovh"],
): Promise<Replacing> {
  if (raw === undefined) return { state: "none" };
  const id = ovhIdSchema.safeParse(Number(raw));
  if (!id.success) return { state: "none" };
  try {
    const credential = await getCredential(ovh, id.data);
    return {
      state: "found",
      id: id.data,
      rows: collapseRules(credential.rules),
      allowedIPs: credential.allowedIPs ?? [],
      lastUse: credential.lastUse,
      expiration: credential.expiration,
    };
  } catch (err) {
    if (isNotFound(err)) return { state: "missing", id: id.data };
    // In the catch clause, not the try: the redirect's throw must leave this function.
    leaveIfCredentialInvalid(err);
    const { message, queryId } = describeOvhError(err);
    return { state: "error", id: id.data, message, queryId };
  }
}

export default async function NewTokenRequestPage({ searchParams }: { searchParams: Promise<{ replace?: string }> }) {
  const { ovh, info } = await requireOvh();
  const replacing = await loadReplaced((await searchParams).replace, ovh);
  const found = replacing.state === "found" ? replacing : null;
  return (
    <div className="space-y-4">
      <BackLink href="/token-requests">Token requests</BackLink>
      <PageHeader
        title={found ? `Replace credential #${found.id}` : "New token request"}
        description={`Ask OVH for a consumer key that grants exactly what a tool needs, on ${endpointLabel(info.endpoint)}.`}
      />
      {found && (
        <Alert tone="info">
          The rules and allowed IPs of credential #{found.id} are filled in below (last used{" "}
          {found.lastUse ? formatDateTime(found.lastUse) : "never"},{" "}
          {found.expiration ? `expires ${formatDateTime(found.expiration)}` : "never expires"}). Narrow them if you can.
          Once the new key is validated, you can revoke the old one.
        </Alert>
      )}
      {replacing.state === "missing" && (
        <Alert tone="warning">Credential #{replacing.id} no longer exists; start from an empty request instead.</Alert>
      )}
      {replacing.state === "error" && (
        <Alert tone="error">
          Credential #{replacing.id} could not be read: {replacing.message}
          <QueryId value={replacing.queryId} />
        </Alert>
      )}
      <TokenRequestForm
        sessionKeyMasked={maskKey(info.applicationKey)}
        createTokenPageUrl={createTokenPageUrl(info.endpoint)}
        endpointLabel={endpointLabel(info.endpoint)}
        initial={{ rows: found?.rows ?? [], allowedIPs: found?.allowedIPs.join("\n") ?? "", replaces: found?.id }}
      />
    </div>
  );
}
