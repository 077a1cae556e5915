import "server-only";
import type { SessionContext } from "@/lib/auth";
import { cachedRead } from "@/lib/credential-cache";
import { type AuditSnapshot, loadAuditSnapshot } from "@/lib/inventory";

export type SessionAudit = {
  snapshot: AuditSnapshot;
  /** The snapshot as JSON (about 2 MB for 1,000 credentials), serialised once per cached load. */
  json(): string;
};

/** The audit of the session's account, shared by the pages' prefetch and GET /api/credentials. */
export async function sessionAudit(
  { ovh, info, cacheKey }: SessionContext,
  { fresh = false } = {},
): Promise<SessionAudit> {
  const cached = await cachedRead(
    cacheKey,
    "audit",
    () => loadAuditSnapshot(ovh, { currentCredentialId: info.credentialId, noCache: fresh }),
    { fresh },
  );
  return { snapshot: cached.value, json: () => cached.derive("json", (snapshot) => JSON.stringify(snapshot)) };
}
