import type { AccessRule, Credential, CredentialStatus } from "@/lib/ovh/models";
import { isWriteMethod, normalizeRules } from "./access-rule-scope";
import { isPastExpiry, timeOf } from "./credential-state";
import { countByStatus } from "./summary";
import type { CredentialView } from "./types";

// What a bulk action touches. The credential this session signs with is never selected: revoking
// it would log the user out halfway through the batch, with the rest left undone.

export const TYPED_CONFIRMATION_ABOVE = 10;

export type SkippedCredential = { id: number; reason: "current-credential" | "unknown" };
export type RevocationSelection = { ids: number[]; skipped: SkippedCredential[] };

function isCurrentCredential(credential: Credential & { isCurrent?: boolean }, currentCredentialId: number | null) {
  return credential.isCurrent === true || credential.credentialId === currentCredentialId;
}

/** The requested ids that can be revoked, in request order without repeats, and why the others cannot. */
export function selectForRevocation(
  views: readonly CredentialView[],
  requestedIds: readonly number[],
  currentCredentialId: number | null,
): RevocationSelection {
  const byId = new Map(views.map((view) => [view.credentialId, view]));
  const seen = new Set<number>();
  const selection: RevocationSelection = { ids: [], skipped: [] };
  for (const id of requestedIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const view = byId.get(id);
    if (id === currentCredentialId || view?.isCurrent) selection.skipped.push({ id, reason: "current-credential" });
    else if (!view) selection.skipped.push({ id, reason: "unknown" });
    else selection.ids.push(id);
  }
  return selection;
}

/**
 * Credentials that can be cleaned up: expired or refused, or validated past their expiration.
 * Works on raw credentials too, so the server re-checks what it is about to delete.
 */
export function selectExpired<T extends Credential & { isCurrent?: boolean }>(
  credentials: readonly T[],
  now: Date | number,
  currentCredentialId: number | null,
): T[] {
  return credentials.filter(
    (credential) =>
      !isCurrentCredential(credential, currentCredentialId) &&
      (credential.status === "expired" || credential.status === "refused" || isPastExpiry(credential, now)),
  );
}

export function hasWriteAccess(rules: readonly AccessRule[]): boolean {
  return rules.some((rule) => isWriteMethod(rule.method));
}

/** Large selections and any credential that can change things make the user type a confirmation. */
export function requiresTypedConfirmation(selected: readonly Pick<CredentialView, "rules">[]): boolean {
  return selected.length > TYPED_CONFIRMATION_ABOVE || selected.some((view) => hasWriteAccess(view.rules));
}

export type ApplicationBlastRadius = {
  credentials: number;
  byStatus: Record<CredentialStatus, number>;
  /** Every access rule any of its credentials holds, deduplicated, by path then method. */
  rules: AccessRule[];
  /** The most recent use of any of its credentials. */
  lastUse: string | null;
  /** Deleting the application would also revoke the credential this session signs with. */
  includesCurrent: boolean;
};

/** What deleting an application takes down: OVH revokes all of its credentials with it. */
export function applicationBlastRadius(
  views: readonly CredentialView[],
  applicationId: number,
): ApplicationBlastRadius {
  const owned = views.filter((view) => view.applicationId === applicationId);
  let lastUse: string | null = null;
  let lastUseTime = Number.NEGATIVE_INFINITY;
  for (const view of owned) {
    const time = timeOf(view.lastUse);
    if (time !== null && time > lastUseTime) {
      lastUseTime = time;
      lastUse = view.lastUse;
    }
  }
  return {
    credentials: owned.length,
    byStatus: countByStatus(owned),
    rules: normalizeRules(owned.flatMap((view) => view.rules)),
    lastUse,
    includesCurrent: owned.some((view) => view.isCurrent),
  };
}
