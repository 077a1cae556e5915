import assert from "node:assert/strict";
import { test } from "node:test";
import { loadAuditSnapshot, loadAuditWire } from "@/lib/inventory/load";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import { emulatedClient, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { buildAuditSnapshot } from "./snapshot";

test("the browser derives from the wire exactly the snapshot the server builds, from a fraction of the bytes", async () => {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed: "wire", credentials: 1_000 });
  const ovh = emulatedClient(emulator, account.keys, clock);
  const options = { currentCredentialId: [...account.credentials.keys()][0] as number, now: clock.now() };
  const wire = await loadAuditWire(ovh, options);
  const server = await loadAuditSnapshot(ovh, options);
  const browser = buildAuditSnapshot(JSON.parse(JSON.stringify(wire)));
  assert.deepEqual(browser, JSON.parse(JSON.stringify(server)));
  const wireBytes = JSON.stringify(wire).length;
  const snapshotBytes = JSON.stringify(server).length;
  assert.ok(wireBytes * 4 < snapshotBytes, `wire ${wireBytes} B vs snapshot ${snapshotBytes} B`);
});
