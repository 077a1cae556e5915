import { test } from "node:test";
import { loadInventory } from "@/lib/inventory";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import { emulatedClient, virtualClock } from "@/lib/ovh-emulator/test-helpers";

test("probe", async () => {
  let extra = 0,
    noQid = 0,
    runs = 0;
  for (let seed = 0; seed < 300; seed++) {
    const clock = virtualClock();
    const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
    const account = emulator.store.addAccount({ seed: `p${seed}`, credentials: 1000 });
    const ids = [...account.credentials.keys()].sort((a, b) => a - b);
    const doomed = ids[700] as number;
    Object.assign(account.knobs, {
      errorRate: 0.1,
      latencyMs: 2000,
      dropConnections: 0.03,
      rateLimitPerMinute: 600,
      failReads: { ids: [doomed], status: 503 },
    });
    const ovh = emulatedClient(emulator, account.keys, clock);
    try {
      const inv = await loadInventory(ovh);
      runs++;
      const missing = inv.gaps?.credentialIds.length ?? 0;
      if (missing > 50) extra++;
      if (!inv.gaps?.queryId) noQid++;
    } catch (e) {
      console.log("threw", String(e));
    }
  }
  console.log({ runs, extra, noQid });
});
