import { type CredentialStatus, credentialStatuses } from "@/lib/ovh/enums";
import { DAY_MS, timeOf, toMillis } from "./credential-state";
import { type CredentialView, type FindingId, findingIds } from "./types";

// Counts and the expiry timeline for the overview. Every status and finding has a key, zeros
// included, so the UI never has to guess whether a missing key means zero.

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function countByStatus(views: readonly Pick<CredentialView, "status">[]): Record<CredentialStatus, number> {
  const counts = zeroCounts(credentialStatuses);
  for (const view of views) counts[view.status] += 1;
  return counts;
}

/** How many credentials carry each finding (a credential counts once per finding). */
export function countByFinding(views: readonly CredentialView[]): Record<FindingId, number> {
  const counts = zeroCounts(findingIds);
  for (const view of views) {
    // No Set per credential: a credential has a handful of findings, and this runs on every audit load.
    const { findings } = view;
    findings.forEach((finding, index) => {
      if (findings.findIndex((other) => other.id === finding.id) === index) counts[finding.id] += 1;
    });
  }
  return counts;
}

export type ExpiringCredential = {
  view: CredentialView;
  expiration: string;
  /** Epoch milliseconds of the expiration, for placing it on a timeline. */
  expiresAt: number;
  /** Whole days left, rounded down: 0 means within the next 24 hours. */
  daysLeft: number;
};

/** Validated credentials that expire after now and at most `days` days later, soonest first. */
export function expiringWithin(
  views: readonly CredentialView[],
  now: Date | number,
  days: number,
): ExpiringCredential[] {
  const from = toMillis(now);
  const until = from + days * DAY_MS;
  const expiring: ExpiringCredential[] = [];
  for (const view of views) {
    const expiresAt = timeOf(view.expiration);
    if (view.status !== "validated" || view.expiration === null || expiresAt === null) continue;
    if (expiresAt <= from || expiresAt > until) continue;
    expiring.push({ view, expiration: view.expiration, expiresAt, daysLeft: Math.floor((expiresAt - from) / DAY_MS) });
  }
  return expiring.sort((a, b) => a.expiresAt - b.expiresAt || a.view.credentialId - b.view.credentialId);
}
