import "server-only";
import { type CachedAudit, cachedAudit } from "@/lib/audit-cache";
import type { SessionContext } from "@/lib/auth";
import { loadAuditSnapshot } from "@/lib/inventory";

/** The audit of the session's account, shared by the pages' prefetch and GET /api/credentials. */
export function sessionAudit({ ovh, info, cacheKey }: SessionContext, { fresh = false } = {}): Promise<CachedAudit> {
  return cachedAudit(
    cacheKey,
    () => loadAuditSnapshot(ovh, { currentCredentialId: info.credentialId, noCache: fresh }),
    {
      fresh,
    },
  );
}
