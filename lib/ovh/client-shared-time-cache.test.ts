import assert from "node:assert/strict";
import { test } from "node:test";
import { createOvhClient, type OvhClient } from "@/lib/ovh/client";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import type { Account } from "@/lib/ovh-emulator/store";
import { ORIGIN, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { getAccount } from "./account";

// The dashboard server signs for many sessions at once, all sharing the process's time cache. The
// emulator gives each account its own clock (so a test can skew one account while others run beside
// it). Keyed by endpoint alone, two sessions whose clocks were 15 minutes apart kept overwriting each
// other's delta: their calls were refused as "Query out of time", and a call whose one re-sync was
// overwritten again before its replay failed for good (a sign-in under faults, in CI).

test("sessions of accounts whose clocks differ share the time cache without refusing each other's calls", async () => {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const skewed = emulator.store.addAccount({
    seed: "skewed",
    credentials: 3,
    knobs: { clockOffsetSec: -900, latencyMs: 2_000, errorRate: 0.1 },
  });
  const exact = emulator.store.addAccount({ seed: "exact", credentials: 3, knobs: { latencyMs: 300, errorRate: 0.1 } });
  const timeSyncs: string[] = [];
  const refusedTimestamps: string[] = [];
  const fetchThroughEmulator = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.url.endsWith("/auth/time")) timeSyncs.push(request.headers.get("X-Ovh-Application") ?? "");
    const response = await emulator.fetch(request, { clientIp: "127.0.0.1" });
    if (response.status === 400)
      refusedTimestamps.push(((await response.clone().json()) as { message: string }).message);
    return response;
  }) as typeof fetch;
  const timeCache = new Map<string, number>();
  const clientOf = (account: Account) =>
    createOvhClient({
      baseUrl: `${ORIGIN}/1.0`,
      appKey: account.keys.applicationKey,
      appSecret: account.keys.applicationSecret,
      consumerKey: account.keys.consumerKey,
      fetch: fetchThroughEmulator,
      now: clock.now,
      sleep: clock.sleep,
      timeCache,
    });

  // Each session reads its account over and over in several overlapping lanes, as open pages would.
  const session = async (ovh: OvhClient, lanes: number, calls: number) => {
    const outcomes: PromiseSettledResult<unknown>[] = [];
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        await clock.sleep(lane * 97);
        for (let i = 0; i < calls; i++) outcomes.push(...(await Promise.allSettled([getAccount(ovh)])));
      }),
    );
    return outcomes;
  };
  const [skewedOvh, exactOvh] = [clientOf(skewed), clientOf(exact)];
  const results = (await Promise.all([session(skewedOvh, 2, 20), session(exactOvh, 6, 40)])).flat();

  assert.deepEqual(refusedTimestamps, [], "no call was signed with the other account's clock");
  // 10% of answers are 5xx, so a rare call may still fail after all its retries, but never for its timestamp.
  const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
  assert.deepEqual(
    failures.filter((reason) => /time/i.test(reason)),
    [],
  );
  assert.ok(failures.length <= 2, failures.join("\n"));
  // One sync per account, each keeping its own delta (measured on an answer that took the account's latency).
  assert.deepEqual(timeSyncs.sort(), [skewed.keys.applicationKey, exact.keys.applicationKey].sort());
  const [skewedDelta, exactDelta] = [await skewedOvh.timeDelta(), await exactOvh.timeDelta()];
  assert.ok(Math.abs(skewedDelta + 900) <= 3, `skewed delta ${skewedDelta}`);
  assert.ok(Math.abs(exactDelta) <= 1, `exact delta ${exactDelta}`);
});
