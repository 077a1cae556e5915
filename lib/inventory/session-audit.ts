import "server-only";
import { type AuditSnapshot, buildAuditSnapshot } from "@/lib/audit/snapshot";
import { asciiJson } from "@/lib/http/ascii-json";
import { cachedRead } from "@/lib/inventory/cache";
import { loadAuditWire } from "@/lib/inventory/load";
import type { SessionContext } from "@/lib/session/state";

export type SessionAudit = {
  /** Every credential with its application and findings, for a page's prefetch. */
  snapshot(): AuditSnapshot;
  /** The inventory as JSON in ASCII for GET /api/credentials (the browser derives the findings). */
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
    wireJson: () => cached.derive("json", (wire) => new TextEncoder().encode(asciiJson(wire))),
  };
}
