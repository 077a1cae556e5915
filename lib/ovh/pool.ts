// Bounded concurrency and self-pacing for bulk OVH work: OVH's fair use is about 60 requests per
// minute per consumer key, and unbounded fan-out ends in timeouts and resets rather than clean 429s.

export type Settled<T, R> =
  | { index: number; item: T; ok: true; value: R }
  | { index: number; item: T; ok: false; error: unknown };

/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order.
 * After the first failure no new item starts; the in-flight ones settle, then that failure is thrown.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  options: { onSettled?: (settled: Settled<T, R>) => void } = {},
): Promise<R[]> {
  assertLimit(limit);
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;

  async function worker() {
    while (failure === undefined && next < items.length) {
      const index = next++;
      const item = items[index] as T;
      try {
        const value = await fn(item, index);
        results[index] = value;
        options.onSettled?.({ index, item, ok: true, value });
      } catch (error) {
        failure ??= { error };
        options.onSettled?.({ index, item, ok: false, error });
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

export type Limiter = {
  /** `first`: the task waits ahead of every queued one (e.g. a lookup others depend on). */
  run<R>(task: () => Promise<R>, options?: { first?: boolean }): Promise<R>;
};

/** A semaphore shared by tasks started at different times (e.g. batch chunks and their per-id fallbacks). */
export function createLimiter(limit: number): Limiter {
  assertLimit(limit);
  let active = 0;
  const waiting: Array<() => void> = [];

  return {
    async run(task, options) {
      if (active >= limit) {
        await new Promise<void>((resolve) => (options?.first ? waiting.unshift(resolve) : waiting.push(resolve)));
      } else active++;
      try {
        return await task();
      } finally {
        // Hand the slot straight to the next waiter so `active` never exceeds `limit`.
        const wake = waiting.shift();
        if (wake) wake();
        else active--;
      }
    },
  };
}

export type WeightedLimiter = {
  /** Waits until `weight` units fit (a weight above the capacity waits to run alone); returns the release. */
  acquire(weight: number): Promise<() => void>;
};

/** A semaphore counted in units of work (e.g. credentials in memory) rather than tasks; first come, first served. */
export function createWeightedLimiter(capacity: number): WeightedLimiter {
  assertLimit(capacity);
  let used = 0;
  const waiting: Array<{ weight: number; grant: () => void }> = [];

  const admit = () => {
    for (let next = waiting[0]; next && (used === 0 || used + next.weight <= capacity); next = waiting[0]) {
      waiting.shift();
      used += next.weight;
      next.grant();
    }
  };

  return {
    acquire(weight) {
      const units = Math.min(capacity, Math.max(1, Math.ceil(weight)));
      return new Promise((resolve) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          used -= units;
          admit();
        };
        waiting.push({ weight: units, grant: () => resolve(release) });
        admit();
      });
    },
  };
}

export type RatePacer = {
  take(): Promise<void>;
  /**
   * Reserves the slot `ms` from now for a request the server told to wait that long (a 429's
   * Retry-After, the client retries it itself): no other slot comes before the one after it.
   */
  holdFor?(ms: number): void;
};

/**
 * Spaces calls to at most `perMinute`, allowing `burst` back-to-back calls (GCRA).
 * Slots are reserved synchronously, so concurrent callers queue in call order.
 */
export function createRatePacer(options: {
  perMinute: number;
  burst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}): RatePacer {
  if (!(options.perMinute > 0)) throw new RangeError("perMinute must be positive");
  const interval = 60_000 / options.perMinute;
  const tolerance = (Math.max(1, options.burst ?? 1) - 1) * interval;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let theoreticalArrival = Number.NEGATIVE_INFINITY;

  return {
    take() {
      const t = now();
      const at = Math.max(theoreticalArrival, t);
      theoreticalArrival = at + interval;
      const wait = at - tolerance - t;
      return wait > 0 ? sleep(wait) : Promise.resolve();
    },
    holdFor(ms) {
      theoreticalArrival = Math.max(theoreticalArrival, now() + Math.max(0, ms) + interval + tolerance);
    },
  };
}

function assertLimit(limit: number) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
}
