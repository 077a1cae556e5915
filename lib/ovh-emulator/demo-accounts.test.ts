import assert from "node:assert/strict";
import { test } from "node:test";
import { HOUR, MINUTE } from "./datetime";
import { createOvhEmulator } from "./handler";
import { body, fixedClock, ORIGIN, signedFetch } from "./test-helpers";

const smallPool = { maxAccounts: 2, idleMs: 2 * HOUR, minIdleToEvictMs: 15 * MINUTE };

function setUp() {
  const clock = fixedClock();
  const emulator = createOvhEmulator({ now: clock.now, sleep: async () => {}, demoPool: smallPool });
  const create = () => {
    const result = emulator.demoAccounts.create();
    if (!result.ok) throw new Error(result.message);
    return result.account;
  };
  return { clock, emulator, create };
}

test("demo accounts are capped: with every one in use, the next is refused with a clear message", () => {
  const { emulator, create } = setUp();
  create();
  create();
  const refused = emulator.demoAccounts.create();
  assert.equal(refused.ok, false);
  assert.match(refused.ok ? "" : refused.message, /^The demo is full: 2 sandbox accounts are in use\. Try again in/);
  assert.equal(emulator.store.accounts.length, 2);
});

test("at the cap the least recently used demo account is evicted, keys and all", async () => {
  const { clock, emulator, create } = setUp();
  const first = create();
  clock.advance(MINUTE);
  const second = create();
  clock.advance(20 * MINUTE);
  // A signed call is a use: the first account is now the most recently used.
  assert.equal((await signedFetch({ clock, emulator }, { path: "/me", keys: first.keys })).status, 200);
  clock.advance(16 * MINUTE);
  const third = create();
  assert.deepEqual(emulator.store.accounts, [first, third]);
  const gone = await signedFetch({ clock, emulator }, { path: "/me", keys: second.keys });
  assert.equal(gone.status, 403);
  assert.equal((await body<{ errorCode: string }>(gone)).errorCode, "INVALID_KEY");
});

test("a demo account expires two hours after its last use, on its next call", async () => {
  const { clock, emulator, create } = setUp();
  const account = create();
  clock.advance(2 * HOUR - 1);
  assert.equal((await signedFetch({ clock, emulator }, { path: "/me", keys: account.keys })).status, 200);
  clock.advance(2 * HOUR - 1);
  assert.equal((await signedFetch({ clock, emulator }, { path: "/me", keys: account.keys })).status, 200);
  clock.advance(2 * HOUR);
  assert.equal((await signedFetch({ clock, emulator }, { path: "/me", keys: account.keys })).status, 403);
  assert.equal(emulator.store.accounts.length, 0);
  assert.equal(emulator.demoAccounts.count(), 0);
});

test("accounts made through the control API are not demo accounts and never expire", async () => {
  const { clock, emulator } = setUp();
  const account = emulator.store.addAccount({ credentials: 3 });
  clock.advance(30 * HOUR);
  assert.equal((await signedFetch({ clock, emulator }, { path: "/me", keys: account.keys })).status, 200);
});

test("the control API answers 404 unless it is turned on", async () => {
  for (const control of [false, true]) {
    const emulator = createOvhEmulator({ control, basePath: "/api/ovh-emulator" });
    const post = await emulator.fetch(
      new Request(`${ORIGIN}/api/ovh-emulator/_emulator/accounts`, { method: "POST", body: "{}" }),
    );
    const demo = await emulator.fetch(new Request(`${ORIGIN}/api/ovh-emulator/_emulator/demo`, { method: "POST" }));
    assert.equal(post.status, control ? 201 : 404);
    assert.equal(demo.status, control ? 200 : 404);
    assert.equal(emulator.store.accounts.length, control ? 2 : 0);
  }
});
