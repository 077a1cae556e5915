import assert from "node:assert/strict";
import { test } from "node:test";
import { emulatorClientAddress, emulatorRequestHeaders } from "./client-address";

const spoofed = () => new Headers({ "x-forwarded-for": "203.0.113.7", host: "demo.example" });

test("without a trusted proxy, a caller's X-Forwarded-For never reaches the emulator", () => {
  const headers = emulatorRequestHeaders("/api/ovh-emulator/1.0/me", spoofed(), false);
  assert.ok(headers);
  assert.equal(headers.has("x-forwarded-for"), false);
  assert.equal(headers.get("host"), "demo.example");
});

test("other paths, requests without the header and a trusted proxy pass unchanged", () => {
  assert.equal(emulatorRequestHeaders("/api/credentials", spoofed(), false), null);
  assert.equal(emulatorRequestHeaders("/api/ovh-emulator/1.0/me", new Headers(), false), null);
  assert.equal(emulatorRequestHeaders("/api/ovh-emulator/1.0/me", spoofed(), true), null);
});

test("without a trusted proxy the address is the one Next took from the socket", () => {
  assert.equal(emulatorClientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }), false), "127.0.0.1");
  assert.equal(emulatorClientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 127.0.0.1" }), false), undefined);
  assert.equal(emulatorClientAddress(new Headers(), false), undefined);
});

test("behind a trusted proxy the address is the entry that proxy appended, the last one", () => {
  const headers = new Headers({ "x-forwarded-for": "198.51.100.9, 203.0.113.7" });
  assert.equal(emulatorClientAddress(headers, true), "203.0.113.7");
});
