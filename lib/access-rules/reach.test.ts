import assert from "node:assert/strict";
import { test } from "node:test";
import { patternReachesPath, patternReachesPrefix } from "./reach";

// [pattern, prefix, reaches]
const pathCases: Record<string, [string, string, boolean][]> = {
  "a wildcard anywhere before the prefix ends reaches it": [
    ["/*", "/me/api", true],
    ["*", "/me/api", true],
    ["/me/*", "/me/api", true],
    ["/*/api/credential", "/me/api", true],
  ],
  "exact paths reach only themselves and what is below them": [
    ["/me/api/credential", "/me/api", true],
    ["/me/api", "/me/api", true],
    ["/me", "/me/api", false],
    ["/me/apiculture", "/me/api", false],
    ["/domain/zone/*", "/me/api", false],
  ],
};

for (const [name, cases] of Object.entries(pathCases)) {
  test(name, () => {
    for (const [pattern, prefix, reaches] of cases) {
      assert.equal(patternReachesPath(pattern, prefix), reaches, `${pattern} reaches ${prefix}`);
    }
  });
}

test("prefix reach does not care about segment boundaries", () => {
  assert.equal(patternReachesPrefix("/me/bi*", "/me/bill"), true);
  assert.equal(patternReachesPrefix("/me/order", "/me/bill"), false);
});
