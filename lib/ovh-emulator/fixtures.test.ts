import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialSchema } from "@/lib/ovh/models";
import { DAY } from "./datetime";
import { demoAccountKeys, seedAccount } from "./fixtures";
import { credentialJson } from "./serialize";
import { T0 } from "./test-helpers";

test("the same seed, size and clock give the same account", () => {
  const a = seedAccount({ seed: 123, credentials: 300, now: T0 });
  const b = seedAccount({ seed: 123, credentials: 300, now: T0 });
  assert.deepEqual(a, b);
  const c = seedAccount({ seed: 124, credentials: 300, now: T0 });
  assert.notDeepEqual(
    a.credentials.map((x) => x.credentialId),
    c.credentials.map((x) => x.credentialId),
  );
});

test("a seeded account covers every status and risk shape", () => {
  const { credentials, applications } = seedAccount({ seed: 1, credentials: 150, now: T0 });
  assert.equal(credentials.length, 150);
  const has = (label: string, predicate: (c: (typeof credentials)[number]) => boolean) =>
    assert.ok(credentials.some(predicate), label);
  for (const status of ["validated", "pendingValidation", "refused", "expired"])
    has(status, (c) => c.status === status);
  has(
    "full access forever",
    (c) => c.status === "validated" && c.expiration === null && c.rules.filter((r) => r.path === "/*").length === 4,
  );
  has("never used", (c) => c.status === "validated" && c.lastUse === null);
  has("IP restricted", (c) => c.allowedIPs !== null);
  has("support issued", (c) => c.ovhSupport);
  has("expiring within days", (c) => c.status === "validated" && c.expiration !== null && c.expiration - T0 < 7 * DAY);
  has("pending for days", (c) => c.status === "pendingValidation" && T0 - c.creation > DAY);
  has("read-only", (c) => c.rules.every((r) => r.method === "GET"));
  has("narrow DNS", (c) => c.rules.some((r) => r.path.startsWith("/domain/zone/")));
  has("account control", (c) => c.rules.some((r) => r.path === "/me/api/*"));
  has("billing", (c) => c.rules.some((r) => r.path === "/me/bill*"));
  has("orders", (c) => c.rules.some((r) => r.path === "/order/*"));
  has("foreign application", (c) => applications.find((a) => a.applicationId === c.applicationId)?.owned === false);
  const signatures = credentials.map((c) => `${c.applicationId}|${JSON.stringify(c.rules)}`);
  assert.ok(new Set(signatures).size < signatures.length, "duplicates exist");
});

test("dates are realistic and every credential serialises to the OVH model", () => {
  const { credentials } = seedAccount({ seed: 9, credentials: 500, now: T0 });
  for (const c of credentials) {
    assert.ok(c.creation <= T0);
    if (c.lastUse !== null) assert.ok(c.lastUse >= c.creation && c.lastUse <= T0);
    if (c.status === "expired") assert.ok(c.expiration !== null && c.expiration < T0);
    if (c.status === "validated" && c.expiration !== null) assert.ok(c.expiration > T0);
    credentialSchema.parse(credentialJson({ ...c }, T0));
  }
  const ids = credentials.map((c) => c.credentialId);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => Number.isSafeInteger(id) && id > 99_999_999));
});

test("hostile text is present in application names and descriptions", () => {
  const { applications } = seedAccount({ seed: 2, credentials: 20, now: T0 });
  const text = applications.flatMap((a) => [a.name, a.description]);
  assert.ok(text.includes("<script>alert(1)</script>"));
  assert.ok(text.some((t) => t.includes("<img src=x onerror=alert(1)>")));
  assert.ok(text.some((t) => t.includes("\u202E")));
  assert.ok(text.some((t) => t.length === 10_000));
  assert.ok(text.some((t) => t.includes('"') && t.includes("'")));
  assert.ok(text.some((t) => /\p{Extended_Pictographic}/u.test(t)));
  assert.ok(applications.some((a) => a.name === "OVHcloud API console" && !a.owned));
  assert.ok(applications.some((a) => a.name === "OVHcloud Control Panel" && !a.owned));
});

test("keys have OVH's shapes and the dashboard credential is validated full access", () => {
  const account = seedAccount({ seed: 4, credentials: 50, now: T0 });
  for (const app of account.applications) {
    assert.match(app.applicationKey, /^[A-Za-z0-9]{16}$/);
    assert.match(app.applicationSecret, /^[A-Za-z0-9]{32}$/);
  }
  const dashboard = account.credentials.find((c) => c.credentialId === account.dashboardCredentialId);
  assert.equal(dashboard?.consumerKey, account.keys.consumerKey);
  assert.equal(dashboard?.status, "validated");
  assert.equal(dashboard?.expiration, null);
  assert.equal(dashboard?.rules.length, 4);
});

test("expiredRatio sets the share of expired credentials", () => {
  const count = (ratio: number) =>
    seedAccount({ seed: 8, credentials: 201, now: T0, expiredRatio: ratio }).credentials.filter(
      (c) => c.status === "expired",
    ).length;
  assert.equal(count(0.5), 100);
  assert.equal(count(1), 200);
  assert.equal(count(0), 0);
});

test("the demo keys are fixed whatever the demo size", () => {
  const small = seedAccount({ seed: 1, credentials: 10, now: T0, keySalt: "demo" });
  const large = seedAccount({ seed: 1, credentials: 1000, now: T0 + DAY, keySalt: "demo" });
  assert.deepEqual(small.keys, demoAccountKeys);
  assert.deepEqual(large.keys, demoAccountKeys);
});

test("10,000 credentials are generated quickly", () => {
  const started = performance.now();
  const account = seedAccount({ seed: 10, credentials: 10_000, now: T0 });
  const elapsed = performance.now() - started;
  assert.equal(account.credentials.length, 10_000);
  console.log(`seedAccount(10,000 credentials): ${elapsed.toFixed(1)} ms`);
  assert.ok(elapsed < 2000, `${elapsed} ms`);
});

test("the benchmark's account shape: sizes, expired ratio and owned/foreign application counts are honoured", () => {
  const { credentials, applications } = seedAccount({
    seed: "bench",
    credentials: 1_000,
    expiredRatio: 0.3,
    applications: 8,
    foreignApplications: 2,
    now: T0,
  });
  assert.equal(credentials.length, 1_000);
  assert.equal(credentials.filter((c) => c.status === "expired").length, Math.round(999 * 0.3));
  assert.equal(applications.filter((a) => a.owned).length, 8);
  assert.deepEqual(
    applications.filter((a) => !a.owned).map((a) => a.name),
    ["OVHcloud API console", "OVHcloud Control Panel"],
  );
  const known = new Set(applications.map((a) => a.applicationId));
  assert.ok(
    credentials.every((c) => known.has(c.applicationId)),
    "no credential points at a dropped application",
  );
});
