import { canAct, DAY_MS, timeOf } from "@/lib/audit/credential-state";
import { findingLabels } from "@/lib/audit/finding-catalogue";
import { type RankedCredential, rankByRisk } from "@/lib/audit/risk-score";
import { hasWriteAccess } from "@/lib/audit/selection";
import { countByFinding, countByStatus } from "@/lib/audit/summary";
import type { CredentialView, FindingId, Severity } from "@/lib/audit/types";
import type { CredentialStatus } from "@/lib/ovh/enums";

// What a bulk revocation holds, told before the admin confirms: how many, in which state, with which
// findings, how many are in use, and the riskiest first. Pure and free of zod so the dialog computes it
// in the browser; one pass over the credentials plus one sort, so 5,000 take a few milliseconds.

/** How many of the riskiest credentials the preview lists; the rest are counted. */
export const PREVIEW_LISTED = 50;
/** Revoking more still-valid credentials than this asks the admin to type a confirmation. */
export const TYPED_ABOVE_STILL_VALID = 100;

export type FindingCount = { id: FindingId; title: string; severity: Severity; count: number };

export type RevocationPreview = {
  total: number;
  byStatus: Record<CredentialStatus, number>;
  /** Findings held by at least one credential, in the catalogue's order. */
  byFinding: FindingCount[];
  usedLast24Hours: number;
  usedLast7Days: number;
  /** Validated and not past their expiration: these stop working at once when revoked. */
  stillValid: number;
  stillValidWithWriteAccess: number;
  /** Still waiting for validation: revoking them means they never work. */
  pending: number;
  /** Expired, refused, or validated past their expiration: they cannot work any more. */
  dead: number;
  /** The first `PREVIEW_LISTED`, riskiest first. */
  riskiest: RankedCredential[];
  /** How many are not listed. */
  notListed: number;
};

export type RevocationConfirmation = { level: "simple" } | { level: "typed"; phrase: string; reasons: string[] };

const catalogueOrder = Object.keys(findingLabels) as FindingId[];
const numberFormat = new Intl.NumberFormat("en-US");

export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** "1 credential", "2 credentials", "1,500 credentials". */
export function credentialCount(count: number): string {
  return `${formatCount(count)} credential${count === 1 ? "" : "s"}`;
}

export function summarizeRevocation(
  credentials: readonly CredentialView[],
  now: number,
  listed: number = PREVIEW_LISTED,
): RevocationPreview {
  const dayAgo = now - DAY_MS;
  const weekAgo = now - 7 * DAY_MS;
  let usedLast24Hours = 0;
  let usedLast7Days = 0;
  let stillValid = 0;
  let stillValidWithWriteAccess = 0;
  let pending = 0;
  let dead = 0;
  for (const credential of credentials) {
    const lastUse = timeOf(credential.lastUse);
    // A use dated after `now` (clocks disagree) is a recent use, not an unknown one.
    if (lastUse !== null && lastUse > dayAgo) usedLast24Hours += 1;
    if (lastUse !== null && lastUse > weekAgo) usedLast7Days += 1;
    if (canAct(credential, now)) {
      stillValid += 1;
      if (hasWriteAccess(credential.rules)) stillValidWithWriteAccess += 1;
    } else if (credential.status === "pendingValidation") pending += 1;
    else dead += 1;
  }
  const findingCounts = countByFinding(credentials);
  const byFinding = catalogueOrder
    .filter((id) => findingCounts[id] > 0)
    .map((id) => ({
      id,
      title: findingLabels[id].title,
      severity: findingLabels[id].severity,
      count: findingCounts[id],
    }));
  const riskiest = rankByRisk(credentials).slice(0, Math.max(0, listed));
  return {
    total: credentials.length,
    byStatus: countByStatus(credentials),
    byFinding,
    usedLast24Hours,
    usedLast7Days,
    stillValid,
    stillValidWithWriteAccess,
    pending,
    dead,
    riskiest,
    notListed: credentials.length - riskiest.length,
  };
}

function stillValidReason({ stillValid, stillValidWithWriteAccess: writing }: RevocationPreview): string {
  const valid = `${formatCount(stillValid)} still-valid credential${stillValid === 1 ? "" : "s"}`;
  if (writing === 0) return valid;
  if (writing === stillValid) return `${valid} with write access`;
  return `${valid}, ${formatCount(writing)} of them with write access`;
}

/**
 * Revoking many working credentials, any working one that can write, or any in use today, asks the admin
 * to type a phrase and says why; a clean-up of dead, pending or a few read-only idle credentials asks
 * for a click. The phrase carries the count, so
 * it is typed knowing how many, never pasted from habit.
 */
export function confirmationFor(preview: RevocationPreview): RevocationConfirmation {
  const reasons: string[] = [];
  // A credential that still works and can change things is never revoked on a click: that was the
  // dashboard's rule before the preview named its reasons, and it stays.
  if (preview.stillValid > TYPED_ABOVE_STILL_VALID || preview.stillValidWithWriteAccess > 0) {
    reasons.push(stillValidReason(preview));
  }
  if (preview.usedLast24Hours > 0) reasons.push(`${formatCount(preview.usedLast24Hours)} used in the last 24 hours`);
  if (reasons.length === 0) return { level: "simple" };
  return { level: "typed", phrase: `revoke ${preview.total}`, reasons };
}

/** Whether `typed` is the confirmation's phrase, forgiving case and surrounding spaces. */
export function matchesPhrase(confirmation: { phrase: string }, typed: string): boolean {
  return typed.trim().replace(/\s+/g, " ").toLowerCase() === confirmation.phrase;
}

/** "Asked because 312 still-valid credentials and 4 used in the last 24 hours." */
export function confirmationHint(reasons: readonly string[]): string {
  if (reasons.length === 0) return "";
  const list = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(", ")} and ${reasons.at(-1)}`;
  return `Asked because of ${list}.`;
}

/**
 * One sentence on what revoking does to these credentials. Dead ones "cannot work any more": revoking
 * them only clears them away, so they are never said to stop working.
 */
export function previewHeadline(preview: RevocationPreview): string {
  const { total, stillValid, pending, dead } = preview;
  if (total === 0) return "Nothing to revoke.";
  const undone = stillValid + pending > 0 ? " This cannot be undone." : "";
  const these = total === 1 ? "This credential" : `These ${credentialCount(total)}`;
  if (stillValid === total) return `${these} will stop working at once.${undone}`;
  if (pending === total)
    return `${these} ${total === 1 ? "is" : "are"} awaiting validation and will never work.${undone}`;
  if (dead === total)
    return `${these} cannot work any more; revoking ${total === 1 ? "it" : "them"} clears ${total === 1 ? "it" : "them"} away.`;
  const parts = [
    stillValid > 0 && `${formatCount(stillValid)} will stop working at once`,
    pending > 0 && `${formatCount(pending)} awaiting validation will never work`,
    dead > 0 && `${formatCount(dead)} cannot work any more`,
  ].filter((part): part is string => typeof part === "string");
  const list = parts.length === 2 ? parts.join(" and ") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Of these ${credentialCount(total)}, ${list}.${undone}`;
}
