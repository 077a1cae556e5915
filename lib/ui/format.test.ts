import assert from "node:assert/strict";
import { test } from "node:test";
import { clampText } from "./format";

test("short text is kept as is, long text is cut to the limit", () => {
  assert.equal(clampText("certbot-dns-ovh", 200), "certbot-dns-ovh");
  assert.equal(clampText("abcdef", 6), "abcdef");
  const long = "A very long application name that keeps going ".repeat(250);
  assert.equal(clampText(long, 200), long.slice(0, 200));
  assert.equal(clampText("abc", 0), "");
});

test("a cut never leaves half of a surrogate pair", () => {
  // "🚀" is two UTF-16 units: cutting after its first would leave a lone high surrogate.
  assert.equal(clampText("ab🚀cd", 3), "ab");
  assert.equal(clampText("ab🚀cd", 4), "ab🚀");
  assert.equal(clampText("🚀🚀🚀", 5), "🚀🚀");
  for (let max = 1; max < 8; max++) {
    const cut = clampText("x🚀🔑🚀y", max);
    assert.ok(cut.length <= max);
    assert.equal(cut, Array.from(cut).join(""));
    assert.doesNotMatch(cut, /[\uD800-\uDBFF]$/);
  }
});
