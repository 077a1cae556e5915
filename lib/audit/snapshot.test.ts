import assert from "node:assert/strict";
import { test } from "node:test";
import { loadAuditSnapshot, loadAuditWire } from "@/lib/inventory";
import { createOvhEmulator } from "@/lib/ovh-emulator/handler";
import { emulatedClient, virtualClock } from "@/lib/ovh-emulator/test-helpers";
import { type AuditBody, packAudit, unpackAudit } from "./snapshot";

test("the browser unpacks from the body exactly the snapshot the server builds, from a fraction of the bytes", async () => {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed: "wire", credentials: 1_000 });
  const ovh = emulatedClient(emulator, account.keys, clock);
  const options = { currentCredentialId: [...account.credentials.keys()][0] as number, now: clock.now() };
  const wire = await loadAuditWire(ovh, options);
  const server = await loadAuditSnapshot(ovh, options);
  const body = JSON.stringify(packAudit(wire));
  const browser = unpackAudit(JSON.parse(body));
  assert.deepEqual(browser, JSON.parse(JSON.stringify(server)));
  const snapshotBytes = JSON.stringify(server).length;
  assert.ok(body.length * 4 < snapshotBytes, `body ${body.length} B vs snapshot ${snapshotBytes} B`);
  const wireBytes = JSON.stringify(wire).length;
  // Repeated findings are sent once: the body stays within 1.6× the inventory (views would be ~8×).
  assert.ok(body.length < wireBytes * 1.6, `body ${body.length} B vs inventory ${wireBytes} B`);
});

test("findings are listed once however many credentials carry them, and a body that does not add up is refused", async () => {
  const clock = virtualClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: clock.sleep });
  const account = emulator.store.addAccount({ seed: "packed", credentials: 300 });
  const ovh = emulatedClient(emulator, account.keys, clock);
  const wire = await loadAuditWire(ovh, {
    currentCredentialId: [...account.credentials.keys()][0] as number,
    now: clock.now(),
  });
  const body = packAudit(wire);
  const texts = body.findings.map((finding) => JSON.stringify(finding));
  assert.equal(new Set(texts).size, texts.length, "no finding twice");
  assert.ok(body.findings.length < body.findingsOf.flat().length / 3, "far fewer findings than references");
  const short: AuditBody = { ...body, findingsOf: body.findingsOf.slice(1) };
  assert.throws(() => unpackAudit(short), /lists 300 credentials but findings for 299/);
  const dangling: AuditBody = {
    ...body,
    findingsOf: body.findingsOf.map((positions, i) => (i === 0 ? [9_999] : positions)),
  };
  assert.throws(() => unpackAudit(dangling), /does not list \(9999\)/);
});
