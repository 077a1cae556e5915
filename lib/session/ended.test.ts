import assert from "node:assert/strict";
import { test } from "node:test";
import { connectReasons, connectUrl, isConnectReason } from "./ended";

test("every reason has its connect URL, and no reason is a plain sign-in", () => {
  for (const reason of connectReasons) assert.equal(connectUrl(reason), `/connect?reason=${reason}`);
  assert.equal(connectUrl(), "/connect");
});

test("only the listed reasons are reasons: inherited keys and other values are not", () => {
  for (const value of ["__proto__", "constructor", "toString", "", "CREDENTIAL-INVALID", 1, null, undefined]) {
    assert.equal(isConnectReason(value), false, String(value));
  }
  assert.equal(isConnectReason("expired"), true);
});
