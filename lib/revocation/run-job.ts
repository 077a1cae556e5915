import { deleteApplication, listApplicationIds } from "@/lib/ovh/applications";
import { clientAround, type OvhClient } from "@/lib/ovh/client";
import { OVH_CONCURRENCY } from "@/lib/ovh/concurrency";
import { deleteCredential, listCredentialIds, type RevokeOutcome } from "@/lib/ovh/credentials";
import { describeOvhError, isRateLimited } from "@/lib/ovh/errors";
import type { CredentialStatus } from "@/lib/ovh/models";
import {
  isFinished,
  type JobExclusion,
  type JobItemResult,
  type JobKind,
  type JobSnapshot,
  type JobSpec,
  MAX_JOB_IDS,
} from "./job";
import { createJobPacer, type JobPacer } from "./pacing";

// The one bulk path: every revocation (remove expired, revoke selected, an application's
// credentials) and every keyless application deletion runs here, for the route and for
// `npm run bench` alike. The server lists or vets what to act on, never the session's own
// credential, then acts on each item through the job's pacer (lib/revocation/pacing.ts). Every
// selected item ends in exactly one result: revoked + already gone + failed + not attempted = selected.

/** What the session's inventory (the cached audit) holds: the only ids the page may name. */
export type JobInventory = {
  credentialIds: Iterable<number>;
  keylessApplicationIds?: Iterable<number>;
};

export type RunJobOptions = {
  /** The credential this session signs with: never revoked. */
  currentCredentialId: number;
  /** Required by revoke-selected and delete-keyless-applications. */
  inventory?: JobInventory;
  id?: string;
  concurrency?: number;
  /** Shared with the job's later rounds (Retry failed), which spend the same consumer key's budget. */
  pacer?: JobPacer;
  /** Stop: no request starts after it; in-flight ones settle; the rest are not attempted. */
  signal?: AbortSignal;
  /** Every change (status, an answer, an item), with a fresh snapshot. */
  onChange?: (job: JobSnapshot) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

/** The statuses "Remove expired" lists: both mean the credential can never work again. */
export const DEAD_STATUSES: readonly CredentialStatus[] = ["expired", "refused"];

class JobStopped extends Error {}

type Run = {
  job: JobSnapshot;
  client: OvhClient;
  pacer: JobPacer;
  signal?: AbortSignal;
  concurrency: number;
  now: () => number;
  emit: () => void;
};

/** Runs a job from its listing to its last item; resolves with the final snapshot (never rejects on OVH errors). */
export async function runJob(ovh: OvhClient, spec: JobSpec, options: RunJobOptions): Promise<JobSnapshot> {
  if (spec.kind === "revoke-selected" || spec.kind === "delete-keyless-applications") {
    // Programming errors, thrown rather than reported: the route must vet the ids against the inventory.
    requireInventory(spec.kind, options);
    if (spec.ids.length > MAX_JOB_IDS) throw new RangeError(`At most ${MAX_JOB_IDS} ids per job.`);
  }
  const now = options.now ?? Date.now;
  const t = now();
  const job: JobSnapshot = {
    id: options.id ?? globalThis.crypto.randomUUID(),
    kind: spec.kind,
    ...(spec.kind === "revoke-application-credentials" ? { applicationId: spec.applicationId } : {}),
    status: "listing",
    items: [],
    excluded: [],
    rounds: 1,
    createdAt: t,
    updatedAt: t,
    requests: 0,
    rateLimited: 0,
  };
  const run = startRun(ovh, job, options);
  // Emitted before the first await, so a caller holds a snapshot as soon as runJob returns its promise.
  run.emit();

  let selection: Selection;
  try {
    selection = await select(run, spec, options);
  } catch (err) {
    if (err instanceof JobStopped) return finish(run, "stopped");
    job.error = describeOvhError(err);
    return finish(run, "failed");
  }
  job.excluded = selection.excluded;
  job.items = selection.ids.map((id) => ({ id, outcome: "pending" as const }));
  await runItems(run, selection.ids, stepFor(spec.kind, selection.owned));
  return finish(run, run.signal?.aborted ? "stopped" : "done");
}

/** Retry failed: re-runs only the failed items of a finished job; their new results replace the old in the same report. */
export async function retryFailedItems(
  ovh: OvhClient,
  previous: JobSnapshot,
  options: RunJobOptions,
): Promise<JobSnapshot> {
  if (!isFinished(previous)) throw new Error("Only a finished job can be retried.");
  const job: JobSnapshot = {
    ...previous,
    status: "running",
    rounds: previous.rounds + 1,
    items: previous.items.map((item) => (item.outcome === "failed" ? { id: item.id, outcome: "pending" } : item)),
  };
  delete job.finishedAt;
  delete job.waitingUntil;
  const run = startRun(ovh, job, options);
  run.emit();
  const ids = job.items.filter((item) => item.outcome === "pending").map((item) => item.id);
  // A keyless application is re-checked on retry too (its credentials listed): one may have appeared since.
  await runItems(run, ids, stepFor(job.kind, undefined));
  return finish(run, run.signal?.aborted ? "stopped" : "done");
}

function startRun(ovh: OvhClient, job: JobSnapshot, options: RunJobOptions): Run {
  const now = options.now ?? Date.now;
  const concurrency = options.concurrency ?? OVH_CONCURRENCY;
  const pacer = options.pacer ?? createJobPacer({ concurrency, now, sleep: options.sleep });
  const base = { requests: job.requests, rateLimited: job.rateLimited };
  // A shared pacer has counted earlier rounds already; this round adds only its own to the job's counts.
  const startState = pacer.state();
  const emit = () => {
    const pacing = pacer.state();
    job.requests = base.requests + pacing.requests - startState.requests;
    job.rateLimited = base.rateLimited + pacing.rateLimited - startState.rateLimited;
    if (pacing.rateLimitPerMinute !== undefined) job.rateLimitPerMinute = pacing.rateLimitPerMinute;
    job.updatedAt = now();
    if (!isFinished(job)) {
      if (pacing.waitingUntil !== undefined) job.waitingUntil = pacing.waitingUntil;
      else delete job.waitingUntil;
      const phase = job.status === "listing" ? "listing" : "running";
      job.status = pacing.mode === "paced" && phase === "running" ? "waiting" : phase;
    }
    options.onChange?.({ ...job, items: [...job.items], excluded: [...job.excluded] });
  };
  const client = jobClient(ovh, pacer, options.signal, now, emit);
  return { job, client, pacer, signal: options.signal, concurrency, now, emit };
}

function finish(run: Run, status: "done" | "stopped" | "failed"): JobSnapshot {
  const { job } = run;
  for (const [index, item] of job.items.entries()) {
    // Nothing is left pending: what never ran (stopped, or requeued for rate when stopped) was not attempted.
    if (item.outcome === "pending") job.items[index] = { id: item.id, outcome: "not-attempted", round: job.rounds };
  }
  run.emit();
  job.status = status;
  job.finishedAt = run.now();
  delete job.waitingUntil;
  run.emit();
  return { ...job, items: [...job.items], excluded: [...job.excluded] };
}

type Selection = { ids: number[]; excluded: JobExclusion[]; owned?: Set<number> };

/** The items of the job: listed by OVH (minus the session's own credential) or vetted against the inventory. */
async function select(run: Run, spec: JobSpec, options: RunJobOptions): Promise<Selection> {
  const { client } = run;
  const own = options.currentCredentialId;
  const withoutOwn = (listed: readonly number[]): Selection => {
    const ids = [...new Set(listed)];
    return {
      ids: ids.filter((id) => id !== own),
      excluded: ids.includes(own) ? [{ id: own, reason: "own-credential" }] : [],
    };
  };
  switch (spec.kind) {
    case "remove-expired": {
      // Uncached: a list OVH cached before an earlier revocation would send DELETEs for credentials already gone.
      const lists = await Promise.all(
        DEAD_STATUSES.map((status) => untilServed(run, () => listCredentialIds(client, { status, noCache: true }))),
      );
      return withoutOwn(lists.flat());
    }
    case "revoke-application-credentials": {
      const { applicationId } = spec;
      return withoutOwn(await untilServed(run, () => listCredentialIds(client, { applicationId, noCache: true })));
    }
    case "revoke-selected": {
      const known = new Set(requireInventory(spec.kind, options).credentialIds);
      return vet(spec.ids, (id) => (id === own ? "own-credential" : known.has(id) ? null : "outside-inventory"));
    }
    case "delete-keyless-applications": {
      const keyless = new Set(requireInventory(spec.kind, options).keylessApplicationIds ?? []);
      const selection = vet(spec.ids, (id) => (keyless.has(id) ? null : "not-keyless"));
      if (selection.ids.length === 0) return selection;
      // An application deleted since the audit is no longer listed: already gone, no DELETE needed.
      const owned = new Set(await untilServed(run, () => listApplicationIds(client, { noCache: true })));
      return { ...selection, owned };
    }
  }
}

function requireInventory(kind: JobSpec["kind"], options: RunJobOptions): JobInventory {
  if (!options.inventory)
    throw new TypeError(`A ${kind} job needs the session's inventory to vet the ids it is given.`);
  return options.inventory;
}

function vet(ids: readonly number[], refuse: (id: number) => JobExclusion["reason"] | null): Selection {
  const selection: Selection = { ids: [], excluded: [] };
  for (const id of new Set(ids)) {
    const reason = refuse(id);
    if (reason) selection.excluded.push({ id, reason });
    else selection.ids.push(id);
  }
  return selection;
}

/** A read the job cannot do without: a 429 waits (the pacer holds) and asks again, never fails the job. */
async function untilServed<T>(run: Run, read: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await read();
    } catch (err) {
      if (!isRateLimited(err) || run.signal?.aborted) throw err;
    }
  }
}

type StepResult = { outcome: RevokeOutcome } | { outcome: "failed"; message: string; queryId?: string };
type Step = (client: OvhClient, id: number) => Promise<StepResult>;

/** `owned`: the account's applications as just listed (absent on a retry, which lets the DELETE's 404 say it). */
function stepFor(kind: JobKind, owned: ReadonlySet<number> | undefined): Step {
  if (kind !== "delete-keyless-applications") {
    return async (client, id) => ({ outcome: await deleteCredential(client, id) });
  }
  return async (client, id) => {
    if (owned && !owned.has(id)) return { outcome: "already-gone" };
    // A credential may have been created since the audit: such an application is no longer keyless.
    const credentials = await listCredentialIds(client, { applicationId: id, noCache: true });
    if (credentials.length > 0) {
      const count = `${credentials.length} credential${credentials.length === 1 ? "" : "s"}`;
      return { outcome: "failed", message: `It has ${count} now, so it was left alone.` };
    }
    return { outcome: await deleteApplication(client, id) };
  };
}

/** Works through `ids` with up to `concurrency` workers; an item refused for rate goes back to the queue. */
async function runItems(run: Run, ids: readonly number[], step: Step): Promise<void> {
  const { job } = run;
  const indexOf = new Map(job.items.map((item, index) => [item.id, index]));
  const queue = [...ids];
  let head = 0;
  job.runningSince = run.now();
  job.status = "running";
  run.emit();

  const settle = (id: number, result: Omit<JobItemResult, "id" | "round">) => {
    const index = indexOf.get(id) as number;
    job.items[index] = { id, ...result, round: job.rounds };
    run.emit();
  };

  async function worker() {
    while (head < queue.length && !run.signal?.aborted) {
      const id = queue[head++] as number;
      try {
        const result = await step(run.client, id);
        settle(id, result);
      } catch (err) {
        if (err instanceof JobStopped) continue;
        if (isRateLimited(err)) {
          // Refused for rate, so nothing happened at OVH: the pacer now holds, and the item waits its turn again.
          queue.push(id);
          continue;
        }
        const { message, queryId } = describeOvhError(err);
        settle(id, { outcome: "failed", message, ...(queryId === undefined ? {} : { queryId }) });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(run.concurrency, ids.length) }, worker));
}

/** The session's client with every request taking a slot of the job's pacer and reporting each attempt to it. */
function jobClient(
  ovh: OvhClient,
  pacer: JobPacer,
  signal: AbortSignal | undefined,
  now: () => number,
  changed: () => void,
): OvhClient {
  const request: OvhClient["request"] = async (method, path, opts) => {
    const slot = await pacer.acquire(signal);
    if (!slot) throw new JobStopped();
    try {
      return await ovh.request(method, path, {
        ...opts,
        onCall: (call) => {
          opts.onCall?.(call);
          const { status, attempt, retryAfterMs } = call;
          slot.observe({ status, attempt, retryAfterMs, sentAt: now() - call.durationMs });
          changed();
        },
      });
    } finally {
      slot.release();
    }
  };
  return clientAround(ovh, request);
}
