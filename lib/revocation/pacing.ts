import { OVH_FAIR_USE_PER_MINUTE } from "@/lib/ovh/fair-use";

// How a revocation job spends OVH's budget. OVH states only a fair use of about 60 requests a
// minute per consumer key (python-ovh#81), sends no rate header, and (as the emulator models it)
// counts a sliding minute of accepted requests, answering 429 with Retry-After past it. So:
//  1. Full speed under the concurrency cap while no 429 was seen, except one barrier: the request
//     that would be the (fair use + 1)th within a sliding minute waits for every in-flight one to
//     settle and goes alone. If OVH enforces fair use, exactly that one is refused and nothing else
//     was in flight: at most one 429. If it is accepted the limit is higher, and no barrier follows.
//  2. On a 429: hold every request until its Retry-After, learn the rate (the requests OVH accepted
//     in the minute before the refusal: the window it filled) and pace at it from then on, evenly
//     spaced and never more than that many sends within a (slightly long) minute of our own.
//  3. The caller requeues an item refused for rate; it never becomes a failure while the job runs.
// Pure apart from the injectable clock, so minutes of pacing cost nothing under test.

const MINUTE = 60_000;

export type AttemptAnswer = {
  status: number | "network" | "timeout";
  /** When this attempt left (epoch ms). */
  sentAt: number;
  /** 1 for the request itself; later attempts are the client's own retries, sent without a slot. */
  attempt: number;
  retryAfterMs?: number;
};

export type Slot = {
  /** Whether this request was sent alone past the fair-use count. */
  readonly barrier: boolean;
  /** Every attempt's answer, as the client reports it. */
  observe(answer: AttemptAnswer): void;
  release(): void;
};

export type PacingMode = "open" | "unbounded" | "paced";

export type PacingState = {
  /** open: full speed, barrier armed; unbounded: OVH accepted more than fair use; paced: a 429 was met. */
  mode: PacingMode;
  rateLimitPerMinute?: number;
  /** When the next request may leave, while that is in the future. */
  waitingUntil?: number;
  requests: number;
  rateLimited: number;
  inFlight: number;
};

export type JobPacer = {
  /** Waits for the right to send one request; null once `signal` is aborted (nothing was sent). */
  acquire(signal?: AbortSignal): Promise<Slot | null>;
  state(): PacingState;
};

export type JobPacerOptions = {
  concurrency: number;
  fairUsePerMinute?: number;
  /**
   * How much longer than a minute the paced window is. A request's arrival lags its send by a
   * varying few milliseconds; without slack, one request delayed more than the one sent a minute
   * later leaves OVH's window one too full. 1.5% of a minute absorbs 900 ms of such jitter.
   */
  marginRatio?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const accepted = (status: AttemptAnswer["status"]) => typeof status === "number" && status !== 429 && status < 500;

export function createJobPacer(options: JobPacerOptions): JobPacer {
  const { concurrency } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be a positive integer");
  const fairUse = options.fairUsePerMinute ?? OVH_FAIR_USE_PER_MINUTE;
  const pacedWindow = MINUTE * (1 + (options.marginRatio ?? 0.015));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  let mode: PacingMode = "open";
  let rate: number | undefined;
  let holdUntil = Number.NEGATIVE_INFINITY;
  let lastPacedSlot = Number.NEGATIVE_INFINITY;
  let requests = 0;
  let rateLimited = 0;
  let inFlight = 0;
  const sent = createTimeWindow();
  const acceptedAt = createTimeWindow();
  let waiters: Array<() => void> = [];
  let turn: Promise<unknown> = Promise.resolve();

  const notify = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  /** The earliest time a paced request may leave, at or after `t` (no side effect). */
  const nextPacedAt = (t: number) => {
    if (rate === undefined) return t;
    let at = Math.max(t, holdUntil, lastPacedSlot + pacedWindow / rate);
    const recent = sent.since(at - pacedWindow);
    if (recent.length >= rate) at = Math.max(at, (recent[recent.length - rate] as number) + pacedWindow);
    return at;
  };

  const onRateLimited = (answer: AttemptAnswer) => {
    rateLimited++;
    const filled = acceptedAt.between(answer.sentAt - MINUTE, answer.sentAt);
    // A refusal before anything of ours was accepted teaches nothing (others spent the budget): assume fair use.
    if (filled > 0) rate = rate === undefined ? filled : Math.min(rate, filled);
    else rate ??= fairUse;
    mode = "paced";
    holdUntil = Math.max(holdUntil, now() + (answer.retryAfterMs ?? pacedWindow / rate));
  };

  const openSlot = (t: number, barrier: boolean): Slot => {
    inFlight++;
    requests++;
    sent.add(t);
    if (mode === "paced") lastPacedSlot = t;
    let released = false;
    return {
      barrier,
      observe(answer) {
        if (answer.attempt > 1) {
          requests++;
          sent.add(answer.sentAt);
        }
        if (answer.status === 429) onRateLimited(answer);
        else if (accepted(answer.status)) {
          acceptedAt.add(answer.sentAt);
          if (barrier && mode === "open") mode = "unbounded";
        }
        notify();
      },
      release() {
        if (released) return;
        released = true;
        inFlight--;
        notify();
      },
    };
  };

  /** Resolves after `ms`, at the next change of state, or on abort, whichever comes first. */
  const wait = (ms: number | undefined, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      const done = () => {
        signal?.removeEventListener("abort", done);
        resolve();
      };
      signal?.addEventListener("abort", done, { once: true });
      if (ms === undefined) waiters.push(done);
      else void sleep(ms).then(done);
    });

  async function take(signal?: AbortSignal): Promise<Slot | null> {
    for (;;) {
      if (signal?.aborted) return null;
      const t = now();
      if (inFlight >= concurrency) {
        await wait(undefined, signal);
        continue;
      }
      if (holdUntil > t) {
        await wait(holdUntil - t, signal);
        continue;
      }
      if (mode === "paced") {
        const at = nextPacedAt(t);
        if (at > t) {
          await wait(at - t, signal);
          continue;
        }
        return openSlot(t, false);
      }
      if (mode === "open" && sent.since(t - MINUTE).length >= fairUse) {
        if (inFlight > 0) {
          await wait(undefined, signal);
          continue;
        }
        return openSlot(t, true);
      }
      return openSlot(t, false);
    }
  }

  return {
    acquire(signal) {
      // One acquirer decides at a time, in call order, so slots are granted first come, first served.
      const mine = turn.then(() => take(signal));
      turn = mine.catch(() => undefined);
      return mine;
    },
    state() {
      const t = now();
      const next = mode === "paced" ? nextPacedAt(t) : Math.max(t, holdUntil);
      return {
        mode,
        ...(rate === undefined ? {} : { rateLimitPerMinute: rate }),
        ...(next > t ? { waitingUntil: next } : {}),
        requests,
        rateLimited,
        inFlight,
      };
    },
  };
}

/** Send times, kept sorted (a client's retry is reported after later sends); only the last few minutes matter. */
function createTimeWindow() {
  let times: number[] = [];
  const prune = (before: number) => {
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= before) drop++;
    if (drop > 0) times = times.slice(drop);
  };
  return {
    add(t: number) {
      let i = times.length;
      while (i > 0 && (times[i - 1] as number) > t) i--;
      times.splice(i, 0, t);
      prune(t - 5 * MINUTE);
    },
    /** Times after `t` (exclusive), ascending. */
    since(t: number): readonly number[] {
      const i = times.findIndex((x) => x > t);
      return i < 0 ? [] : times.slice(i);
    },
    /** How many in [from, to). */
    between(from: number, to: number): number {
      let count = 0;
      for (const x of times) if (x >= from && x < to) count++;
      return count;
    },
  };
}
