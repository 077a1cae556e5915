import { clientAround, type OvhCall, type OvhClient } from "./client";
import { OVH_FAIR_USE_PER_MINUTE } from "./fair-use";
import { createRatePacer, type RatePacer } from "./pool";

// Request pacing for one bulk operation. OVH's only stated limit is a fair use of about 60 requests
// per minute per consumer key (python-ovh#81), and it sends no rate-limit header, so the rate is
// either known (rateLimitPerMinute, or a pacer shared with other work on the same consumer key):
// every request waits for its slot from the first one on and no 429 is expected; or it is learnt:
// the operation runs at full speed until OVH answers 429, then holds every request until that
// answer's Retry-After and paces at the fair-use rate from there. Only requests already in flight
// when the first 429 arrives can still be refused (at most the operation's concurrency).

export type PacingOptions = {
  /** The consumer key's known budget; omit it to learn from the first 429. */
  rateLimitPerMinute?: number;
  /** A pacer to share (takes precedence over rateLimitPerMinute). */
  pacer?: RatePacer;
  /** The rate adopted after a 429 when none is known; default OVH's stated fair use. */
  fallbackPerMinute?: number;
  /** Clock of the pacers made here (injectable for tests). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

export type PacedClient = OvhClient & { readonly rateLimitedCalls: number };

export function pacedClient(ovh: OvhClient, options: PacingOptions = {}): PacedClient {
  const { rateLimitPerMinute, fallbackPerMinute = OVH_FAIR_USE_PER_MINUTE, now, sleep } = options;
  const pacerAt = (perMinute: number) => createRatePacer({ perMinute, now, sleep });
  let pacer: RatePacer | undefined = options.pacer ?? (rateLimitPerMinute ? pacerAt(rateLimitPerMinute) : undefined);
  let rateLimitedCalls = 0;

  const observe = (call: OvhCall) => {
    if (call.status !== 429) return;
    rateLimitedCalls++;
    pacer ??= pacerAt(fallbackPerMinute);
    // The client itself retries this very request after Retry-After; everything else waits as long.
    pacer.holdFor?.(call.retryAfterMs ?? 60_000 / fallbackPerMinute);
  };

  const request: OvhClient["request"] = async (method, path, opts) => {
    await pacer?.take();
    const own = opts.onCall;
    return ovh.request(method, path, {
      ...opts,
      onCall: (call) => {
        own?.(call);
        observe(call);
      },
    });
  };

  return Object.defineProperty(clientAround(ovh, request), "rateLimitedCalls", {
    get: () => rateLimitedCalls,
    enumerable: true,
  }) as PacedClient;
}
