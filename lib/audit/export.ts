import { csvDocument } from "@/lib/csv/field";
import { ruleKey } from "./access-rule-scope";
import { credentialRisk } from "./risk-score";
import type { CredentialView } from "./types";

// Exports of the credentials view, findings included. Fields are picked one by one rather than
// spread from the view, so nothing that is ever added to a view (let alone a secret) leaks into
// a file by accident.

type ExportRow = {
  id: number;
  status: string;
  application_name: string | null;
  application_key: string | null;
  owned: boolean | null;
  creation: string;
  expiration: string | null;
  last_use: string | null;
  rules: string;
  allowed_ips: string | null;
  support_issued: boolean;
  current: boolean;
  findings: string;
  risk: number;
};

function exportRow(view: CredentialView): ExportRow {
  return {
    id: view.credentialId,
    status: view.status,
    application_name: view.application?.name ?? null,
    application_key: view.application?.applicationKey ?? null,
    owned: view.application?.owned ?? null,
    creation: view.creation,
    expiration: view.expiration,
    last_use: view.lastUse,
    rules: view.rules.map(ruleKey).join("; "),
    allowed_ips: view.allowedIPs === null ? null : view.allowedIPs.join("; "),
    support_issued: view.ovhSupport,
    current: view.isCurrent,
    findings: view.findings.map((finding) => finding.id).join("; "),
    risk: Math.round(credentialRisk(view) * 10) / 10,
  };
}

const columns: readonly (keyof ExportRow)[] = [
  "id",
  "status",
  "application_name",
  "application_key",
  "owned",
  "creation",
  "expiration",
  "last_use",
  "rules",
  "allowed_ips",
  "support_issued",
  "current",
  "findings",
  "risk",
];

/** One header line then one line per credential, CRLF-terminated, through the app's one CSV writer. */
export function credentialsToCsv(views: readonly CredentialView[]): string {
  const records = views.map((view) => {
    const row = exportRow(view);
    return columns.map((column) => row[column]);
  });
  return csvDocument([columns, ...records]);
}

/** The same records as the CSV, with structured rules, IPs and findings. */
export function credentialsToJson(views: readonly CredentialView[]): string {
  const records = views.map((view) => ({
    id: view.credentialId,
    status: view.status,
    application: view.application
      ? {
          id: view.application.applicationId,
          name: view.application.name,
          key: view.application.applicationKey,
          status: view.application.status,
          owned: view.application.owned,
        }
      : { id: view.applicationId, name: null, key: null, status: null, owned: null },
    creation: view.creation,
    expiration: view.expiration,
    lastUse: view.lastUse,
    rules: view.rules.map((rule) => ({ method: rule.method, path: rule.path })),
    allowedIPs: view.allowedIPs === null ? null : [...view.allowedIPs],
    supportIssued: view.ovhSupport,
    current: view.isCurrent,
    findings: view.findings.map((finding) => ({ id: finding.id, severity: finding.severity, title: finding.title })),
    risk: Math.round(credentialRisk(view) * 10) / 10,
  }));
  return `${JSON.stringify(records, null, 2)}\n`;
}
