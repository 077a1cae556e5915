import { finding } from "@/lib/audit/finding-catalogue";
import type { Credential } from "@/lib/ovh/models";
import { canAct, DAY_MS, HOUR_MS, isPastExpiry, timeOf, toMillis } from "./credential-state";
import type { ApplicationRef, Finding } from "./types";

// Findings about a credential's life: where it can be used from, how long it lives, whether anyone
// uses it, and who issued it. Use-related findings only concern credentials that can act today.

export const EXPIRES_SOON_DAYS = 7;
export const NEVER_USED_AFTER_DAYS = 30;
export const DORMANT_AFTER_DAYS = 180;
export const PENDING_STALE_AFTER_HOURS = 24;

/** A CIDR block with a /0 prefix, whatever the address: 0.0.0.0/0, ::/0, 0:0::0/0… */
export function isAnyAddressBlock(block: string): boolean {
  const [, prefix] = block.trim().split("/");
  return prefix !== undefined && /^0+$/.test(prefix.trim());
}

function wholeDays(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days < 1) return "less than a day";
  return days === 1 ? "1 day" : `${days} days`;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function restrictionFinding(credential: Credential): Finding | null {
  const ips = credential.allowedIPs;
  if (ips !== null && ips.length > 0 && !ips.some(isAnyAddressBlock)) return null;
  return finding(
    "no-ip-restriction",
    ips === null || ips.length === 0
      ? "Works from any IP address: whoever copies it can use it from anywhere."
      : `Allows ${ips.filter(isAnyAddressBlock).join(", ")}, which is every IP address.`,
  );
}

function expiryFindings(credential: Credential, now: number): Finding[] {
  const expiration = timeOf(credential.expiration);
  if (credential.status === "expired" || isPastExpiry(credential, now)) {
    return [
      finding(
        "expired",
        expiration !== null && credential.expiration !== null && expiration <= now
          ? `Expired on ${day(credential.expiration)}: it can be removed.`
          : "Expired: it can be removed.",
      ),
    ];
  }
  if (credential.status !== "validated") return [];
  if (credential.expiration === null) {
    return [finding("never-expires", "Has no expiry date: it stays valid until someone revokes it.")];
  }
  if (expiration !== null && expiration - now <= EXPIRES_SOON_DAYS * DAY_MS) {
    return [
      finding(
        "expires-soon",
        `Expires in ${wholeDays(expiration - now)} (${day(credential.expiration)}): whatever uses it will stop working.`,
      ),
    ];
  }
  return [];
}

function usageFinding(credential: Credential, now: number): Finding | null {
  if (!canAct(credential, now)) return null;
  const lastUse = timeOf(credential.lastUse);
  const creation = timeOf(credential.creation);
  if (credential.lastUse === null && creation !== null && now - creation > NEVER_USED_AFTER_DAYS * DAY_MS) {
    return finding("never-used", `Valid since ${day(credential.creation)} and never used: nothing seems to need it.`);
  }
  if (credential.lastUse !== null && lastUse !== null && now - lastUse > DORMANT_AFTER_DAYS * DAY_MS) {
    return finding("dormant", `Last used on ${day(credential.lastUse)}, ${wholeDays(now - lastUse)} ago.`);
  }
  return null;
}

function pendingFinding(credential: Credential, now: number): Finding | null {
  const creation = timeOf(credential.creation);
  if (credential.status !== "pendingValidation" || creation === null) return null;
  if (now - creation <= PENDING_STALE_AFTER_HOURS * HOUR_MS) return null;
  return finding(
    "pending-stale",
    `Waiting for validation since ${day(credential.creation)}: the token request was probably abandoned.`,
  );
}

export function lifecycleFindings(credential: Credential, now: Date | number): Finding[] {
  const at = toMillis(now);
  const findings: Finding[] = [];
  if (canAct(credential, at)) {
    const restriction = restrictionFinding(credential);
    if (restriction) findings.push(restriction);
  }
  findings.push(...expiryFindings(credential, at));
  const use = usageFinding(credential, at);
  if (use) findings.push(use);
  const pending = pendingFinding(credential, at);
  if (pending) findings.push(pending);
  if (credential.status === "refused") {
    findings.push(finding("refused"));
  }
  return findings;
}

export function originFindings(credential: Credential, application: ApplicationRef | null): Finding[] {
  const findings: Finding[] = [];
  if (credential.ovhSupport) {
    findings.push(
      finding("support-issued", "Created by the OVHcloud support team, not by you: check that it is still needed."),
    );
  }
  if (application && !application.owned) {
    findings.push(
      finding(
        "foreign-application",
        `Belongs to "${application.name}", an application that is not yours: its owner holds the application secret.`,
      ),
    );
  }
  return findings;
}
