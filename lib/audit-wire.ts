import type { CredentialView } from "@/lib/audit/types";
import type { AuditSnapshot } from "@/lib/inventory";

// The JSON of GET /api/credentials names each application once. Embedded in every credential view,
// the same few application objects were repeated thousands of times: 5.5 of the 12.8 MB a
// 5,000-credential emulator account sent (its hostile 10,000-character name), held in memory by the
// server for each session until written. The client links them back: both ends see an AuditSnapshot.

export type AuditSnapshotWire = Omit<AuditSnapshot, "credentials"> & {
  credentials: Omit<CredentialView, "application">[];
};

export function packAuditSnapshot(snapshot: AuditSnapshot): AuditSnapshotWire {
  return {
    ...snapshot,
    credentials: snapshot.credentials.map(({ application: _linked, ...view }) => view),
  };
}

export function unpackAuditSnapshot(wire: AuditSnapshotWire): AuditSnapshot {
  const byId = new Map(wire.applications.map((application) => [application.applicationId, application]));
  return {
    ...wire,
    credentials: wire.credentials.map((view) => ({ ...view, application: byId.get(view.applicationId) ?? null })),
  };
}
