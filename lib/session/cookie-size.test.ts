import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import {
  MAX_REMEMBERED,
  MAX_REMEMBERED_CHARS,
  type QuarantineMemory,
  rememberQuarantine,
} from "@/lib/allowed-ips/quarantine-memory";
import {
  maxKeptTokenRequests,
  readTokenRequests,
  rememberTokenRequest,
  type TokenRequestRecord,
  tokenRequestsBudget,
} from "@/lib/token-requests/record";
import { COOKIE_LIMIT_BYTES, cookieBytes, measureSession } from "./cookie-size";
import type { SessionData } from "./seal";

// The session cookie's budgets, filled to their limits together, must still make a cookie browsers
// keep: past 4,096 bytes a browser drops the Set-Cookie silently (issue 11, item 2).

const PASSWORDS = {
  "2": "newest-secret-0123456789abcdefghijklmnopq",
  "1": "older-secret-0123456789abcdefghijklmnopqr",
};
const TTL = 8 * 3600;
// OVH's keys are 16, 32 and 32 characters; twice that leaves room for any other endpoint's.
const keys: SessionData = {
  endpoint: "soyoustart-eu",
  applicationKey: "A".repeat(32),
  applicationSecret: "S".repeat(64),
  consumerKey: "C".repeat(64),
  credentialId: 2_147_483_647,
  connectedAt: 1_800_000_000_000,
  signedInAt: 1_800_000_000_000,
};

/** Token requests until the budget or the count is reached, each as large as a real one gets. */
function fullTokenRequests() {
  let kept: TokenRequestRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const record: TokenRequestRecord = {
      id: randomUUID(),
      endpoint: "soyoustart-eu",
      applicationKey: "A".repeat(32),
      consumerKey: "C".repeat(64),
      validationUrl: `https://eu.api.soyoustart.com/auth/?credentialToken=${"t".repeat(64)}`,
      createdAt: 1_800_000_000_000 + i,
      rules: [
        { method: "GET", path: "/me/api/credential/*" },
        { method: "DELETE", path: "/me/api/credential/*" },
      ],
      allowedIPs: ["203.0.113.0/24"],
      replaces: 2_147_483_000 + i,
    };
    kept = readTokenRequests(rememberTokenRequest(kept, record));
  }
  return rememberTokenRequest(kept.slice(1), kept[0] as TokenRequestRecord);
}

/** Quarantines until the memory's count or size refuses the next one. */
function fullQuarantineMemory(): QuarantineMemory {
  let memory: QuarantineMemory = {};
  for (let id = 2_000_000_000; id < 2_000_000_000 + MAX_REMEMBERED; id++) {
    const result = rememberQuarantine(memory, id, [
      "2001:db8:ffff:ffff::/64",
      "2001:db8:fffe:ffff::/64",
      "198.51.100.255/32",
    ]);
    if (!result.ok) break;
    memory = result.memory;
  }
  return memory;
}

test("every budget filled to its limit still seals into a cookie under 4,096 bytes", async () => {
  const tokenRequests = fullTokenRequests();
  const quarantined = fullQuarantineMemory();
  assert.ok(JSON.stringify(tokenRequests).length > tokenRequestsBudget - 250, "the token requests fill their budget");
  assert.ok(tokenRequests.length <= maxKeptTokenRequests);
  assert.ok(JSON.stringify(quarantined).length > MAX_REMEMBERED_CHARS - 80, "the quarantine memory fills its budget");
  const fit = await measureSession("ovh-keys-session", { ...keys, tokenRequests, quarantined }, PASSWORDS, TTL);
  assert.ok(fit.fits, `the full session takes ${fit.bytes} bytes`);
});

test("the cookie is measured as the browser counts it: name, encoded value and attributes", () => {
  const bytes = cookieBytes("ovh-keys-session", "x".repeat(100));
  assert.ok(bytes > 100 + "ovh-keys-session=".length + 60, "attributes count");
  assert.equal(cookieBytes("n", "é") - cookieBytes("n", "e"), "%C3%A9".length - 1, "the value as sent, encoded");
  assert.equal(COOKIE_LIMIT_BYTES, 4096);
});
