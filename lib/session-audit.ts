import "server-only";
import { asciiJson } from "@/lib/ascii-json";
import { type AuditSnapshot, buildAuditSnapshot, packAudit } from "@/lib/audit/snapshot";
import type { SessionContext } from "@/lib/auth";
import { cachedRead } from "@/lib/credential-cache";
import { loadAuditWire } from "@/lib/inventory";

export type SessionAudit = {
  /** Every credential with its application and findings, for a page's prefetch. */
  snapshot(): AuditSnapshot;
  /** GET /api/credentials' body (AuditBody) as JSON in ASCII. */
  wireJson(): Uint8Array<ArrayBuffer>;
};

/** The audit of the session's account, loaded once for pages and GET /api/credentials alike. */
export async function sessionAudit(
  { ovh, info, cacheKey }: SessionContext,
  { fresh = false } = {},
): Promise<SessionAudit> {
  const cached = await cachedRead(
    cacheKey,
    "audit",
    () => loadAuditWire(ovh, { currentCredentialId: info.credentialId, noCache: fresh }),
    { fresh },
  );
  return {
    snapshot: () => cached.derive("snapshot", buildAuditSnapshot),
    // The views packAudit builds are dropped once packed: only the bytes stay cached, not a second copy of the audit.
    wireJson: () => cached.derive("json", (wire) => new TextEncoder().encode(asciiJson(packAudit(wire)))),
  };
}
