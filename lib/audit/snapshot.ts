import type { Credential } from "@/lib/ovh/models";
import { buildCredentialViews } from "./findings";
import type { ApplicationRef, CredentialView, Finding } from "./types";

// The audit as the UI uses it (AuditSnapshot: every credential with its application and findings), as
// the server reads it (AuditWire: the inventory as OVH returned it), and as GET /api/credentials sends
// it (AuditBody: the inventory plus each credential's findings as positions in a table of the audit's
// distinct findings). Sending the views as they are would be ~8× larger than the inventory, since
// credentials repeat the same findings word for word. Deriving the findings in the browser instead
// cost the page 85 to 220 ms of its main thread at 5,000 credentials (measured in Chromium); the
// table and the positions cost 27% to 46% more bytes (2.1 MB instead of 1.65 MB at 5,000 credentials)
// and a few milliseconds of parsing.

/** What a flaky API kept back: ids listed by OVH whose details could not be read, and why. */
export type InventoryGaps = {
  credentialIds: number[];
  applicationIds: number[];
  message: string;
  queryId?: string;
};

export type AuditWire = {
  /** The instant findings are computed at, so every page of the UI agrees on "expired" and "in 3 days". */
  now: number;
  currentCredentialId: number;
  credentials: Credential[];
  applications: ApplicationRef[];
  /** Present when some details could not be read: the lists are partial and the UI offers Retry. */
  gaps?: InventoryGaps;
};

export type AuditSnapshot = Omit<AuditWire, "credentials"> & { credentials: CredentialView[] };

export function buildAuditSnapshot(wire: AuditWire): AuditSnapshot {
  const byId = new Map(wire.applications.map((application) => [application.applicationId, application]));
  return {
    ...wire,
    credentials: buildCredentialViews(wire.credentials, byId, {
      now: wire.now,
      currentCredentialId: wire.currentCredentialId,
    }),
  };
}

/** GET /api/credentials: the inventory, and the findings of credentials[i] at findingsOf[i]. */
export type AuditBody = AuditWire & {
  /** Every distinct finding of the audit, once. */
  findings: Finding[];
  /** For credentials[i], the positions in `findings` of its findings, worst first. */
  findingsOf: number[][];
};

/** The body of GET /api/credentials for this inventory (the server side of unpackAudit). */
export function packAudit(wire: AuditWire): AuditBody {
  const { credentials } = buildAuditSnapshot(wire);
  const findings: Finding[] = [];
  // Rule findings are shared objects (lib/audit/rule-findings): most lookups end at the first map.
  const bySameObject = new Map<Finding, number>();
  const bySameText = new Map<string, number>();
  const positionOf = (finding: Finding): number => {
    let position = bySameObject.get(finding);
    if (position === undefined) {
      const text = JSON.stringify([finding.id, finding.severity, finding.title, finding.explanation]);
      position = bySameText.get(text);
      if (position === undefined) {
        position = findings.push(finding) - 1;
        bySameText.set(text, position);
      }
      bySameObject.set(finding, position);
    }
    return position;
  };
  return { ...wire, findings, findingsOf: credentials.map((view) => view.findings.map(positionOf)) };
}

/** The snapshot the body was packed from: the same as buildAuditSnapshot on the server's inventory. */
export function unpackAudit(body: AuditBody): AuditSnapshot {
  const { findings, findingsOf, credentials, ...rest } = body;
  if (findingsOf.length !== credentials.length) {
    throw new Error(`The audit lists ${credentials.length} credentials but findings for ${findingsOf.length}.`);
  }
  const byId = new Map(body.applications.map((application) => [application.applicationId, application]));
  return {
    ...rest,
    credentials: credentials.map((credential, index) => ({
      ...credential,
      application: byId.get(credential.applicationId) ?? null,
      isCurrent: credential.credentialId === body.currentCredentialId,
      findings: (findingsOf[index] as number[]).map((position) => {
        const finding = findings[position];
        if (!finding) throw new Error(`The audit refers to a finding it does not list (${position}).`);
        return finding;
      }),
    })),
  };
}
