import { csvDocument } from "@/lib/csv/field";

// A revocation job: one bulk run (remove expired, revoke selected, revoke an application's
// credentials, delete keyless applications), as the server runs it and the page shows it. Pure and
// zod-free: the browser imports these types and helpers too.

export type JobKind =
  | "remove-expired"
  | "revoke-selected"
  | "revoke-application-credentials"
  | "delete-keyless-applications";

export type JobSpec =
  | { kind: "remove-expired" }
  | { kind: "revoke-selected"; ids: readonly number[] }
  | { kind: "revoke-application-credentials"; applicationId: number }
  | { kind: "delete-keyless-applications"; ids: readonly number[] };

/** The most ids one job takes: the inventory's own budget. */
export const MAX_JOB_IDS = 10_000;

/** `pending` only while the job runs; a finished job has none. */
export type JobItemOutcome = "pending" | "revoked" | "already-gone" | "failed" | "not-attempted";

export type JobItemResult = {
  /** A credential id, or an application id for delete-keyless-applications. */
  id: number;
  outcome: JobItemOutcome;
  /** Why it failed, with OVH's own words; never a key or a signature. */
  message?: string;
  queryId?: string;
  /** The round (1 = the first run, 2 = the first Retry failed…) that gave this result. */
  round?: number;
};

/** Ids the server never sent to OVH, and why. They are not part of `items` (not selected). */
export type JobExclusion = {
  id: number;
  reason: "own-credential" | "outside-inventory" | "not-keyless";
};

/**
 * listing → running (waiting while OVH's rate holds it) → done | stopped; `failed` when the list the
 * job needed could not be read (then `error` says why and there are no items).
 */
export type JobStatus = "listing" | "running" | "waiting" | "done" | "stopped" | "failed";

export type JobSnapshot = {
  id: string;
  kind: JobKind;
  /** For revoke-application-credentials. */
  applicationId?: number;
  status: JobStatus;
  /** One per selected id, in the order OVH listed them (or the page sent them). */
  items: JobItemResult[];
  excluded: JobExclusion[];
  /** 1 for the first run, +1 per Retry failed; the report keeps every item's latest result. */
  rounds: number;
  createdAt: number;
  /** When the current round's item phase started: the base of the observed throughput. */
  runningSince?: number;
  finishedAt?: number;
  updatedAt: number;
  /** Requests sent to OVH (each attempt, 429s included), over every round. */
  requests: number;
  /** 429 answers met; each refused item went back to the queue. */
  rateLimited: number;
  /** The rate learnt from OVH's first 429, per minute; absent while none was met. */
  rateLimitPerMinute?: number;
  /** While OVH's rate holds the next request: when it may go. */
  waitingUntil?: number;
  error?: { message: string; queryId?: string };
};

export type JobTally = {
  selected: number;
  revoked: number;
  alreadyGone: number;
  failed: number;
  notAttempted: number;
  pending: number;
  /** Items with a final result: selected − pending. */
  settled: number;
};

export const FINISHED_STATUSES: ReadonlySet<JobStatus> = new Set(["done", "stopped", "failed"]);

export function isFinished(job: Pick<JobSnapshot, "status">): boolean {
  return FINISHED_STATUSES.has(job.status);
}

/** revoked + alreadyGone + failed + notAttempted + pending = selected, always. */
export function tallyJob(job: Pick<JobSnapshot, "items">): JobTally {
  const tally = { selected: job.items.length, revoked: 0, alreadyGone: 0, failed: 0, notAttempted: 0, pending: 0 };
  for (const item of job.items) {
    if (item.outcome === "revoked") tally.revoked++;
    else if (item.outcome === "already-gone") tally.alreadyGone++;
    else if (item.outcome === "failed") tally.failed++;
    else if (item.outcome === "not-attempted") tally.notAttempted++;
    else tally.pending++;
  }
  return { ...tally, settled: tally.selected - tally.pending };
}

/** Requests one item costs: a keyless application is re-checked (its credentials listed) before its DELETE. */
export function requestsPerItem(kind: JobKind): number {
  return kind === "delete-keyless-applications" ? 2 : 1;
}

/**
 * Time left, in milliseconds: at the learnt rate when OVH limits it (plus the wait under way),
 * else from this round's observed throughput; undefined until there is something to go on.
 */
export function etaMs(job: JobSnapshot, now: number): number | undefined {
  if (isFinished(job)) return 0;
  if (job.status === "listing") return undefined;
  const pendingItems = job.items.filter((item) => item.outcome === "pending").length;
  if (pendingItems === 0) return 0;
  const requests = pendingItems * requestsPerItem(job.kind);
  if (job.rateLimitPerMinute) {
    const wait = Math.max(0, (job.waitingUntil ?? now) - now);
    return Math.round(wait + (requests - 1) * (60_000 / job.rateLimitPerMinute));
  }
  if (job.runningSince === undefined) return undefined;
  const doneThisRound = job.items.filter((item) => item.round === job.rounds && item.outcome !== "pending").length;
  const elapsed = now - job.runningSince;
  if (doneThisRound === 0 || elapsed <= 0) return undefined;
  return Math.round((elapsed / doneThisRound) * pendingItems);
}

/** What a poll for the header indicator needs: the snapshot without its items. */
export type JobProgress = Omit<JobSnapshot, "items" | "excluded"> & { tally: JobTally; excludedCount: number };

export function jobProgress(job: JobSnapshot): JobProgress {
  const { items: _items, excluded, ...rest } = job;
  return { ...rest, tally: tallyJob(job), excludedCount: excluded.length };
}

const exclusionText: Record<JobExclusion["reason"], string> = {
  "own-credential": "The credential this session signs with; never revoked from here.",
  "outside-inventory": "Not in this account's inventory; never sent to OVH.",
  "not-keyless": "Not a keyless application of this account's inventory; never sent to OVH.",
};

export function exclusionMessage(reason: JobExclusion["reason"]): string {
  return exclusionText[reason];
}

const csvColumns = ["id", "outcome", "message", "query_id", "round"] as const;

/** One line per selected item, then one per excluded id (outcome `refused`); the app's one CSV writer. */
export function jobToCsv(job: JobSnapshot): string {
  return csvDocument([
    csvColumns,
    ...job.items.map((item) => [item.id, item.outcome, item.message ?? null, item.queryId ?? null, item.round ?? null]),
    ...job.excluded.map(({ id, reason }) => [id, "refused", exclusionText[reason], null, null]),
  ]);
}

/** The whole report: what was asked, the tally, every item and every exclusion. */
export function jobToJson(job: JobSnapshot): string {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  const report = {
    id: job.id,
    kind: job.kind,
    ...(job.applicationId === undefined ? {} : { applicationId: job.applicationId }),
    status: job.status,
    rounds: job.rounds,
    createdAt: iso(job.createdAt),
    finishedAt: iso(job.finishedAt),
    tally: tallyJob(job),
    requests: job.requests,
    rateLimited: job.rateLimited,
    rateLimitPerMinute: job.rateLimitPerMinute ?? null,
    error: job.error ?? null,
    items: job.items.map(({ id, outcome, message, queryId, round }) => ({
      id,
      outcome,
      message: message ?? null,
      queryId: queryId ?? null,
      round: round ?? null,
    })),
    excluded: job.excluded.map(({ id, reason }) => ({ id, reason, message: exclusionText[reason] })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
