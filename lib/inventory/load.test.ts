import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { forgetBatchVerdicts } from "@/lib/ovh/batch-support";
import { createWeightedLimiter } from "@/lib/ovh/pool";
import { clientFor, harness } from "@/lib/ovh-emulator/test-helpers";
import { loadInventory } from "./load";

const account = { seed: 21, credentials: 120, expiredRatio: 0.3, applications: 8, foreignApplications: 2 };

beforeEach(() => forgetBatchVerdicts());

function check(h: ReturnType<typeof harness>, inventory: Awaited<ReturnType<typeof loadInventory>>) {
  assert.deepEqual(
    inventory.credentials.map((c) => c.credentialId).toSorted(),
    [...h.account.credentials.keys()].toSorted(),
  );
  const named = new Set(inventory.applications.map((a) => a.applicationId));
  assert.ok(
    inventory.credentials.every((c) => named.has(c.applicationId)),
    "every credential's application is named",
  );
  for (const application of inventory.applications) {
    assert.equal(application.owned, h.account.applications.get(application.applicationId)?.owned);
  }
  assert.equal(inventory.applications.filter((a) => !a.owned).length, 2);
}

test("with batching: two lists, one batch per 50 credentials, one for owned applications, one per foreign one", async () => {
  const h = harness(account);
  const inventory = await loadInventory(clientFor(h), { concurrency: 4 });
  check(h, inventory);
  assert.equal(h.account.stats.requests, 2 + Math.ceil(120 / 50) + 1 + 2);
  assert.ok(h.account.stats.peakInFlight <= 4);
});

test("without batching: one probe per process, then 2 + N + applications requests and never one per credential's application", async () => {
  const first = harness({ ...account, knobs: { batch: false } });
  check(first, await loadInventory(clientFor(first), { concurrency: 4 }));
  assert.equal(first.account.stats.requests, 1 + 2 + 120 + 10, "the first load pays one refused probe");

  const second = harness({ ...account, knobs: { batch: false } });
  check(second, await loadInventory(clientFor(second), { concurrency: 4 }));
  assert.equal(second.account.stats.requests, 2 + 120 + 10);
  assert.equal(second.account.stats.byRoute["GET /me/api/credential/{credentialId}/application"], 2);
  assert.ok(second.account.stats.peakInFlight <= 4);
});

test("the process-wide budget makes loads whose credentials do not fit wait their turn", async () => {
  const budget = createWeightedLimiter(150);
  const first = harness(account);
  const second = harness({ ...account, seed: 22 });
  const done: string[] = [];
  const hold = await budget.acquire(100);
  const loading = [
    loadInventory(clientFor(first), { budget }).then(() => done.push("first")),
    loadInventory(clientFor(second), { budget }).then(() => done.push("second")),
  ];
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(done, [], "120 credentials do not fit in the 50 left");
  assert.equal(first.account.stats.requests, 2, "only the id lists were read");
  hold();
  await Promise.all(loading);
  assert.deepEqual(done.toSorted(), ["first", "second"]);
});
