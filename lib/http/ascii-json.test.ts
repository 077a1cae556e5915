import assert from "node:assert/strict";
import { test } from "node:test";
import { asciiJson } from "./ascii-json";

test("non-ASCII text is escaped and parses back to the same value", () => {
  const value = {
    name: "Sauvegarde 🔑 nocturne \u202Etxt.exe",
    accents: "été à Zürich",
    lone: "\ud800 alone",
    controls: "tab\tnew\nline\u007f",
    separators: "\u2028\u2029",
    nested: [{ path: "/me/api/*" }, null, 3, true],
  };
  const text = asciiJson(value);
  assert.match(text, /^[\x20-\x7e]*$/, "printable ASCII only");
  assert.deepEqual(JSON.parse(text), value);
  assert.ok(text.includes("\\ud83d\\udd11"), "a surrogate pair is escaped as two escapes");
});

test("pure ASCII JSON is left exactly as JSON.stringify writes it", () => {
  const value = { credentialId: 1, rules: [{ method: "GET", path: "/*" }], allowedIPs: null };
  assert.equal(asciiJson(value), JSON.stringify(value));
});
