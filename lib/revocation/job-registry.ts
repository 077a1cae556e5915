import "server-only";
import { randomUUID } from "node:crypto";
import { forgetCredential } from "@/lib/inventory/cache";
import type { OvhClient } from "@/lib/ovh/client";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { isFinished, type JobSnapshot, type JobSpec } from "./job";
import { createJobPacer, type JobPacer } from "./pacing";
import { type JobInventory, retryFailedItems, runJob } from "./run-job";

// The process's revocation jobs. A job lives in the process that started it (with several replicas,
// another one does not see it; re-running the job finishes what is left) and ends with it (a restart
// mid-job loses the report; what OVH did stays done). Owner = the session credential's cache key
// (lib/inventory/cache.ts credentialCacheKey), so only sessions of that credential see its jobs.
// Bounds: one running job per owner (a second start attaches to it), a cap of running jobs per
// process, finished reports kept for `retentionMs` and at most `maxFinishedPerOwner` of them.

export const MAX_RUNNING_JOBS = 8;
export const JOB_RETENTION_MS = 30 * 60_000;
/** How long GET /api/revocation-jobs still shows the latest finished job (the minimum). */
export const ACTIVE_JOB_WINDOW_MS = 15 * 60_000;
export const MAX_FINISHED_PER_OWNER = 20;

/** A start past the process's cap of running jobs: the route answers 429 `rate_limited:jobs`. */
export class JobLimitError extends Error {
  override readonly name = "JobLimitError";
  readonly code = "rate_limited:jobs";
  constructor(limit: number) {
    super(`${limit} revocations are already running on this server; try again in a minute.`);
  }
}

/** Retry failed while that job (or another of the owner's) runs: the route answers 409. */
export class JobRunningError extends Error {
  override readonly name = "JobRunningError";
  readonly code = "conflict:job_running";
  constructor() {
    super("A revocation is already running for this credential; wait for it to finish.");
  }
}

export type JobContext = { currentCredentialId: number; inventory?: JobInventory };

type JobRecord = {
  owner: string;
  snapshot: JobSnapshot;
  controller: AbortController;
  /** Kept across rounds: Retry failed spends the same consumer key's budget. */
  pacer: JobPacer;
  running: Promise<JobSnapshot> | null;
};

export type JobRegistry = {
  /** Starts a job, or returns the owner's running one (`attached`). Throws JobLimitError past the cap. */
  startJob(owner: string, spec: JobSpec, ovh: OvhClient, context: JobContext): { job: JobSnapshot; attached: boolean };
  /** The owner's job by id; null for an unknown id or another owner's. */
  getJob(owner: string, id: string): JobSnapshot | null;
  /** The owner's running job, else its latest finished one within ACTIVE_JOB_WINDOW_MS. */
  activeJob(owner: string): JobSnapshot | null;
  /** Stop: no new request; in-flight ones settle; the rest end not attempted. Returns the job as it is now. */
  stopJob(owner: string, id: string): JobSnapshot | null;
  /** Re-runs only the failed items of a finished job, in the same report (rounds + 1). */
  retryFailed(owner: string, id: string, ovh: OvhClient, context: JobContext): JobSnapshot | null;
  /** Resolves when the job's current round ends (for tests and the benchmark). */
  settled(owner: string, id: string): Promise<JobSnapshot | null>;
};

export type JobRegistryOptions = {
  maxRunning?: number;
  retentionMs?: number;
  maxFinishedPerOwner?: number;
  concurrency?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

export function createJobRegistry(options: JobRegistryOptions = {}): JobRegistry {
  const {
    maxRunning = MAX_RUNNING_JOBS,
    retentionMs = JOB_RETENTION_MS,
    maxFinishedPerOwner = MAX_FINISHED_PER_OWNER,
    concurrency = OVH_CONCURRENCY,
    now = Date.now,
    sleep,
  } = options;
  const jobs = new Map<string, JobRecord>();

  const runningCount = () => [...jobs.values()].filter((record) => record.running !== null).length;
  const ownerRunning = (owner: string) =>
    [...jobs.values()].find((record) => record.owner === owner && record.running !== null);

  /** Evicts finished reports past retention, then the oldest beyond the per-owner count. */
  const sweep = () => {
    const t = now();
    const finishedByOwner = new Map<string, JobRecord[]>();
    for (const [id, record] of jobs) {
      if (record.running !== null) continue;
      if ((record.snapshot.finishedAt ?? t) + retentionMs <= t) {
        jobs.delete(id);
        continue;
      }
      finishedByOwner.set(record.owner, [...(finishedByOwner.get(record.owner) ?? []), record]);
    }
    for (const records of finishedByOwner.values()) {
      records.sort((a, b) => (b.snapshot.finishedAt ?? 0) - (a.snapshot.finishedAt ?? 0));
      for (const old of records.slice(maxFinishedPerOwner)) jobs.delete(old.snapshot.id);
    }
  };

  const own = (owner: string, id: string) => {
    const record = jobs.get(id);
    return record && record.owner === owner ? record : undefined;
  };

  const track = (record: JobRecord, round: Promise<JobSnapshot>) => {
    record.running = round
      .then(
        (final) => {
          record.snapshot = final;
          return final;
        },
        () => {
          // runJob reports OVH's errors in the snapshot; this is a bug of ours, said without its details.
          const { snapshot } = record;
          const error = { message: "The revocation stopped on an internal error; what was done stays done." };
          record.snapshot = { ...snapshot, status: "failed", error, finishedAt: now(), updatedAt: now() };
          return record.snapshot;
        },
      )
      .finally(() => {
        record.running = null;
        // The inventory changed at OVH: the next read of this credential reloads it.
        forgetCredential(record.owner);
        sweep();
      });
  };

  const runOptions = (record: JobRecord, context: JobContext) => ({
    ...context,
    id: record.snapshot.id,
    concurrency,
    pacer: record.pacer,
    signal: record.controller.signal,
    onChange: (snapshot: JobSnapshot) => {
      record.snapshot = snapshot;
    },
    now,
    sleep,
  });

  return {
    startJob(owner, spec, ovh, context) {
      sweep();
      const current = ownerRunning(owner);
      if (current) return { job: current.snapshot, attached: true };
      if ((spec.kind === "revoke-selected" || spec.kind === "delete-keyless-applications") && !context.inventory) {
        throw new TypeError(`A ${spec.kind} job needs the session's inventory to vet the ids it is given.`);
      }
      if (runningCount() >= maxRunning) throw new JobLimitError(maxRunning);
      const id = randomUUID();
      const record: JobRecord = {
        owner,
        snapshot: { id } as JobSnapshot,
        controller: new AbortController(),
        pacer: createJobPacer({ concurrency, now, sleep }),
        running: null,
      };
      // runJob emits its first snapshot synchronously, so record.snapshot is whole before this returns.
      const round = runJob(ovh, spec, runOptions(record, context));
      jobs.set(id, record);
      track(record, round);
      return { job: record.snapshot, attached: false };
    },
    getJob(owner, id) {
      sweep();
      return own(owner, id)?.snapshot ?? null;
    },
    activeJob(owner) {
      sweep();
      const running = ownerRunning(owner);
      if (running) return running.snapshot;
      const t = now();
      const recent = [...jobs.values()]
        .filter((r) => r.owner === owner && (r.snapshot.finishedAt ?? 0) + ACTIVE_JOB_WINDOW_MS > t)
        .sort((a, b) => (b.snapshot.finishedAt ?? 0) - (a.snapshot.finishedAt ?? 0));
      return recent[0]?.snapshot ?? null;
    },
    stopJob(owner, id) {
      const record = own(owner, id);
      if (!record) return null;
      if (record.running !== null) record.controller.abort();
      return record.snapshot;
    },
    retryFailed(owner, id, ovh, context) {
      sweep();
      const record = own(owner, id);
      if (!record) return null;
      if (record.running !== null || ownerRunning(owner)) throw new JobRunningError();
      if (!isFinished(record.snapshot) || !record.snapshot.items.some((item) => item.outcome === "failed")) {
        return record.snapshot;
      }
      if (runningCount() >= maxRunning) throw new JobLimitError(maxRunning);
      record.controller = new AbortController();
      const round = retryFailedItems(ovh, record.snapshot, runOptions(record, context));
      track(record, round);
      return record.snapshot;
    },
    async settled(owner, id) {
      const record = own(owner, id);
      if (!record) return null;
      return (await record.running) ?? record.snapshot;
    },
  };
}

// Next compiles each route entry separately; globalThis is the one place they all share in a process.
const KEY = Symbol.for("ovh-keys.revocation-jobs");

function registry(): JobRegistry {
  const holder = globalThis as typeof globalThis & { [KEY]?: JobRegistry };
  holder[KEY] ??= createJobRegistry();
  return holder[KEY];
}

export const startJob: JobRegistry["startJob"] = (...args) => registry().startJob(...args);
export const getJob: JobRegistry["getJob"] = (...args) => registry().getJob(...args);
export const activeJob: JobRegistry["activeJob"] = (...args) => registry().activeJob(...args);
export const stopJob: JobRegistry["stopJob"] = (...args) => registry().stopJob(...args);
export const retryFailed: JobRegistry["retryFailed"] = (...args) => registry().retryFailed(...args);
