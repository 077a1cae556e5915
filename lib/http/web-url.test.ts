import assert from "node:assert/strict";
import { test } from "node:test";
import { isWebUrl } from "./web-url";

test("only absolute http and https URLs with a host pass", () => {
  assert.equal(isWebUrl("https://eu.api.ovh.com/auth/?credentialToken=abc"), true);
  assert.equal(isWebUrl("http://127.0.0.1:3120/token-requests/x"), true);
  for (const value of ["javascript:alert(1)", "data:text/html,x", "/relative", "ftp://x.example", "https://", ""]) {
    assert.equal(isWebUrl(value), false, value);
  }
});
