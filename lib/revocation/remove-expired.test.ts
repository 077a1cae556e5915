import assert from "node:assert/strict";
import { test } from "node:test";
import { json, testClient } from "@/lib/ovh/test-fetch";
import { refreshStatus } from "@/lib/ovh-emulator/model";
import { clientFor, harness } from "@/lib/ovh-emulator/test-helpers";
import { revokeExpired } from "./remove-expired";

function setUp(options: { seed: number; credentials: number; expiredRatio: number }) {
  const h = harness(options);
  const current = h.emulator.store.findCredential(h.keys.consumerKey)?.credential.credentialId ?? 0;
  const withStatus = (...statuses: string[]) =>
    [...h.account.credentials.values()].filter((c) => statuses.includes(refreshStatus(c, h.clock.now()).status));
  return { h, current, withStatus, ovh: clientFor(h) };
}

test("revoking expired credentials costs exactly one list and one DELETE each, and leaves the rest alone", async () => {
  const { h, current, withStatus, ovh } = setUp({ seed: 11, credentials: 80, expiredRatio: 0.3 });
  const expired = withStatus("expired").map((c) => c.credentialId);
  const others = h.account.credentials.size - expired.length;
  assert.ok(expired.length >= 20);

  const report = await revokeExpired(ovh, { currentCredentialId: current, concurrency: 4 });
  assert.deepEqual(report.found.toSorted(), expired.toSorted());
  assert.equal(report.skippedCurrent, false);
  assert.ok(report.results.every((r) => r.outcome === "revoked"));
  assert.equal(h.account.stats.requests, 1 + expired.length);
  assert.equal(h.account.stats.byRoute["GET /me/api/credential"], 1);
  assert.equal(h.account.stats.byRoute["DELETE /me/api/credential/{credentialId}"], expired.length);
  assert.ok(h.account.stats.peakInFlight <= 4);
  assert.equal(withStatus("expired").length, 0);
  assert.equal(h.account.credentials.size, others);
});

test("the statuses are a parameter: expired and refused cost one list each", async () => {
  const { h, current, withStatus, ovh } = setUp({ seed: 12, credentials: 60, expiredRatio: 0.2 });
  const dead = withStatus("expired", "refused").length;
  const report = await revokeExpired(ovh, { currentCredentialId: current, statuses: ["expired", "refused"] });
  assert.equal(report.results.length, dead);
  assert.equal(h.account.stats.requests, 2 + dead);
  assert.equal(withStatus("expired", "refused").length, 0);
});

test("the session's own credential is never revoked, even when OVH lists it", async () => {
  const { ovh, requests } = testClient((req) => (req.method === "GET" ? json([5, 6, 7]) : json(null)));
  const report = await revokeExpired(ovh, { currentCredentialId: 6 });
  assert.deepEqual(report.found, [5, 7]);
  assert.equal(report.skippedCurrent, true);
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ""}`),
    ["GET /me/api/credential?status=expired", "DELETE /me/api/credential/5", "DELETE /me/api/credential/7"],
  );
  assert.equal(requests[0]?.headers.pragma, "no-cache");
});
