import assert from "node:assert/strict";
import { test } from "node:test";
import {
  canFollow,
  findTokenRequest,
  readTokenRequests,
  rememberTokenRequest,
  type TokenRequestRecord,
  toTokenRequestView,
} from "./record";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const record = (n: number, extra: Partial<TokenRequestRecord> = {}): TokenRequestRecord => ({
  id: uuid(n),
  endpoint: "ovh-eu",
  applicationKey: "TDPKJdwZwAQPwKX2",
  consumerKey: `ck${String(n).padStart(30, "0")}`,
  validationUrl: `https://eu.api.ovh.com/auth/?credentialToken=${"a".repeat(64)}`,
  createdAt: 1_700_000_000_000 + n,
  rules: [
    { method: "GET", path: "/me" },
    { method: "DELETE", path: "/me/api/credential/*" },
  ],
  allowedIPs: ["192.0.2.0/24"],
  ...extra,
});
const session = { endpoint: "ovh-eu", applicationKey: "TDPKJdwZwAQPwKX2" };

test("a stored request reads back as it was, rules included", () => {
  const stored = rememberTokenRequest([], record(1, { replaces: 42 }));
  assert.deepEqual(stored[0]?.rules, ["GET /me", "DELETE /me/api/credential/*"]);
  assert.deepEqual(readTokenRequests(JSON.parse(JSON.stringify(stored))), [record(1, { replaces: 42 })]);
});

test("the newest request comes first and one id is kept once", () => {
  const kept = readTokenRequests(rememberTokenRequest([], record(1)));
  const both = readTokenRequests(rememberTokenRequest(kept, record(2)));
  assert.deepEqual(
    both.map((r) => r.id),
    [uuid(2), uuid(1)],
  );
  const again = readTokenRequests(rememberTokenRequest(both, record(1)));
  assert.deepEqual(
    again.map((r) => r.id),
    [uuid(1), uuid(2)],
  );
});

test("at most maxEntries requests are kept, the oldest dropped first", () => {
  let kept: TokenRequestRecord[] = [];
  for (let n = 1; n <= 5; n++)
    kept = readTokenRequests(rememberTokenRequest(kept, record(n), { maxEntries: 3, budget: 1e6 }));
  assert.deepEqual(
    kept.map((r) => r.createdAt % 10),
    [5, 4, 3],
  );
});

test("the list stays within the cookie budget by dropping the oldest requests", () => {
  let kept: TokenRequestRecord[] = [];
  for (let n = 1; n <= 8; n++) kept = readTokenRequests(rememberTokenRequest(kept, record(n)));
  const stored = rememberTokenRequest(kept, record(9));
  assert.ok(JSON.stringify(stored).length <= 2000, `stored ${JSON.stringify(stored).length} characters`);
  assert.ok(stored.length >= 3 && stored.length < 9, `kept ${stored.length}`);
  assert.equal(stored[0]?.id, uuid(9));
});

test("a request too big for the budget keeps itself without its rules, then without its IP blocks", () => {
  const manyRules = Array.from({ length: 100 }, (_, i) => ({
    method: "GET" as const,
    path: `/dedicated/server/host-${i}/*`,
  }));
  const stored = rememberTokenRequest([record(1)], record(2, { rules: manyRules }));
  assert.equal(stored[0]?.id, uuid(2));
  assert.equal(stored[0]?.rules, null);
  assert.deepEqual(stored[0]?.allowedIPs, ["192.0.2.0/24"]);
  const manyIps = Array.from({ length: 100 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
  const bare = rememberTokenRequest([], record(3, { rules: manyRules, allowedIPs: manyIps }));
  assert.equal(bare[0]?.rules, null);
  assert.equal(bare[0]?.allowedIPs, null);
  assert.equal(readTokenRequests(bare)[0]?.id, uuid(3));
});

test("malformed cookie entries are dropped, not trusted", () => {
  const good = rememberTokenRequest([], record(1))[0];
  const list = readTokenRequests([
    good,
    { ...good, id: "not-a-uuid" },
    { ...good, rules: ["PATCH /me"] },
    { ...good, endpoint: "https://evil.example" },
    "junk",
    null,
  ]);
  assert.deepEqual(
    list.map((r) => r.id),
    [uuid(1)],
  );
  assert.deepEqual(readTokenRequests(undefined), []);
  assert.deepEqual(readTokenRequests({ id: uuid(1) }), []);
});

test("a request is found by id", () => {
  const list = [record(1), record(2)];
  assert.equal(findTokenRequest(list, uuid(2))?.createdAt, record(2).createdAt);
  assert.equal(findTokenRequest(list, uuid(3)), undefined);
});

test("the view of a request never carries its consumer key", () => {
  const view = toTokenRequestView(record(1), session);
  assert.equal("consumerKey" in view, false);
  assert.equal(JSON.stringify(view).includes(record(1).consumerKey as string), false);
  assert.equal(view.followable, true);
});

test("only requests of the session's own application and endpoint, with a kept consumer key, can be followed", () => {
  assert.equal(canFollow(record(1), session), true);
  assert.equal(canFollow(record(1, { applicationKey: "OtherAppKey00001" }), session), false);
  assert.equal(canFollow(record(1, { endpoint: "ovh-ca" }), session), false);
  assert.equal(canFollow(record(1, { consumerKey: undefined }), session), false);
});
