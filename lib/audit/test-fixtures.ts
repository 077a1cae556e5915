import type { AccessRule, Credential, HttpMethod } from "@/lib/ovh/models";
import { DAY_MS, HOUR_MS } from "./credential-state";
import { buildCredentialViews, credentialFindings } from "./findings";
import type { ApplicationRef, CredentialView, Finding, FindingId } from "./types";

// Builders for the audit tests. The defaults describe a clean credential (validated, used
// yesterday, expiring in a month, IP-restricted, narrow rules, owned application) so a test
// changes only what it is about and any finding it sees comes from that change.

export const NOW = Date.parse("2025-06-01T12:00:00Z");

export const daysAgo = (days: number): string => new Date(NOW - days * DAY_MS).toISOString();
export const daysFromNow = (days: number): string => new Date(NOW + days * DAY_MS).toISOString();
export const hoursAgo = (hours: number): string => new Date(NOW - hours * HOUR_MS).toISOString();

/** `rules("GET /me", "DELETE /me/api/credential/*")` */
export function rules(...specs: string[]): AccessRule[] {
  return specs.map((spec) => {
    const space = spec.indexOf(" ");
    return { method: spec.slice(0, space) as HttpMethod, path: spec.slice(space + 1) };
  });
}

export const FULL_ACCESS = rules("GET /*", "POST /*", "PUT /*", "DELETE /*");

let nextId = 1000;

export function makeCredential(overrides: Partial<Credential> = {}): Credential {
  nextId += 1;
  return {
    credentialId: nextId,
    applicationId: 1,
    creation: daysAgo(10),
    expiration: daysFromNow(30),
    lastUse: daysAgo(1),
    ovhSupport: false,
    rules: rules("GET /domain/zone/example.com/*"),
    allowedIPs: ["203.0.113.0/24"],
    status: "validated",
    ...overrides,
  };
}

export function makeApplication(overrides: Partial<ApplicationRef> = {}): ApplicationRef {
  return {
    applicationId: 1,
    name: "deploy-bot",
    description: "CI deployments",
    applicationKey: "AbCdEfGh12345678",
    status: "active",
    owned: true,
    ...overrides,
  };
}

export function makeView(
  overrides: Partial<Credential> = {},
  extra: { application?: ApplicationRef | null; isCurrent?: boolean; findings?: Finding[] } = {},
): CredentialView {
  const credential = makeCredential(overrides);
  const application =
    extra.application === undefined ? makeApplication({ applicationId: credential.applicationId }) : extra.application;
  return {
    ...credential,
    application,
    isCurrent: extra.isCurrent ?? false,
    findings: extra.findings ?? credentialFindings(credential, { now: NOW, application }),
  };
}

/** Views the way the app builds them, with every application owned unless listed. */
export function makeViews(
  credentials: readonly Credential[],
  options: { applications?: ApplicationRef[]; currentCredentialId?: number | null } = {},
): CredentialView[] {
  const applications =
    options.applications ??
    [...new Set(credentials.map((credential) => credential.applicationId)).values()].map((applicationId) =>
      makeApplication({ applicationId, name: `app-${applicationId}` }),
    );
  return buildCredentialViews(credentials, new Map(applications.map((app) => [app.applicationId, app])), {
    now: NOW,
    currentCredentialId: options.currentCredentialId ?? null,
  });
}

export function finding(id: FindingId, severity: Finding["severity"] = "low"): Finding {
  return { id, severity, title: id, explanation: `${id} explanation` };
}

export function ids(findings: readonly Finding[]): FindingId[] {
  return findings.map((item) => item.id);
}
