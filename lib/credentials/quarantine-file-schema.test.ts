import assert from "node:assert/strict";
import { test } from "node:test";
import { quarantineFileText } from "@/lib/allowed-ips/quarantine-file";
import { readQuarantineFile, restoreFromFileSchema } from "./quarantine-file-schema";

const file = (allowedIPs: string[] | null, credentialId = 42) =>
  quarantineFileText({ credentialId, allowedIPs, quarantinedAt: "2026-01-01T00:00:00.000Z" });

test("a downloaded file reads back as the list it holds", () => {
  assert.deepEqual(readQuarantineFile(file(["203.0.113.0/24", "2001:db8::/32"]), 42), {
    ok: true,
    allowedIps: ["203.0.113.0/24", "2001:db8::/32"],
  });
  assert.deepEqual(readQuarantineFile(file(null), 42), { ok: true, allowedIps: null });
});

test("a bare address comes back as OVH held it, not in the form's CIDR spelling", () => {
  assert.deepEqual(readQuarantineFile(file(["192.0.2.10", "2001:db8::1"]), 42), {
    ok: true,
    allowedIps: ["192.0.2.10", "2001:db8::1"],
  });
});

test("another credential's file is refused", () => {
  const read = readQuarantineFile(file(["203.0.113.0/24"], 43), 42);
  assert.equal(read.ok, false);
  assert.match(read.ok ? "" : read.message, /#43, not #42/);
});

test("edited, foreign and hostile files are refused with the form's own validation", () => {
  for (const text of [
    file(["not an ip"]),
    file(["10.0.0.0/33"]),
    file([]),
    file(Array.from({ length: 101 }, (_, i) => `203.0.113.${i % 250}/32`)),
    "not json",
    "[]",
    "null",
    JSON.stringify({ credentialId: "42", allowedIPs: ["203.0.113.0/24"] }),
    JSON.stringify({ credentialId: 42, allowedIPs: "203.0.113.0/24" }),
    '{"credentialId":42,"allowedIPs":["203.0.113.0/24"],"__proto__":{"x":1}}',
  ]) {
    assert.equal(readQuarantineFile(text, 42).ok, false, text.slice(0, 80));
  }
});

test("the action's input is bounded", () => {
  assert.equal(restoreFromFileSchema.safeParse({ id: 42, file: "x".repeat(20_001) }).success, false);
  assert.equal(restoreFromFileSchema.safeParse({ id: 42, file: "{}", extra: 1 }).success, false);
  assert.equal(restoreFromFileSchema.safeParse({ id: 42, file: "{}" }).success, true);
});
