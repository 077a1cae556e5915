import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredTokenRequest } from "@/lib/token-requests/record";
import { makeRoom } from "./make-room";
import type { SessionData } from "./seal";

const request = (n: number): StoredTokenRequest => ({
  id: `r${n}`,
  endpoint: "ovh-eu",
  applicationKey: "ak",
  validationUrl: `https://eu.api.ovh.com/auth/?credentialToken=${"x".repeat(60)}`,
  createdAt: n,
  rules: null,
  allowedIPs: null,
});
const base: SessionData = {
  endpoint: "ovh-eu",
  applicationKey: "ak",
  applicationSecret: "as",
  consumerKey: "ck",
  credentialId: 1,
  quarantined: { "7": ["203.0.113.0/24"], "8": null },
  tokenRequests: [request(3), request(2), request(1)],
};
const under = (chars: number) => async (data: SessionData) => JSON.stringify(data).length <= chars;

test("a session that fits is kept whole", async () => {
  assert.deepEqual(await makeRoom(base, under(10_000)), base);
});

test("the oldest token requests give way first, and only as many as needed", async () => {
  const size = JSON.stringify(base).length;
  const room = await makeRoom(base, under(size - 50));
  assert.deepEqual(
    room?.tokenRequests?.map((r) => r.id),
    ["r3", "r2"],
  );
  assert.deepEqual(room?.quarantined, base.quarantined, "restore data is never dropped");
  assert.equal(room?.consumerKey, "ck", "nor the keys");
});

test("when dropping requests is not enough the change is refused, and the newest can be protected", async () => {
  assert.equal(await makeRoom(base, under(100)), null);
  const withoutRequests = JSON.stringify({ ...base, tokenRequests: [] }).length;
  const one = JSON.stringify(request(3)).length;
  assert.equal(await makeRoom(base, under(withoutRequests + one - 1), { keepNewest: 1 }), null);
  const room = await makeRoom(base, under(withoutRequests + one), { keepNewest: 1 });
  assert.deepEqual(
    room?.tokenRequests?.map((r) => r.id),
    ["r3"],
  );
});
