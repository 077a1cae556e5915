import assert from "node:assert/strict";
import { test } from "node:test";
import { isFullWildcard, patternCovers } from "./coverage";
import { pathPatternToRegExp } from "./match";

test("a literal path is covered exactly when the covering pattern matches it", () => {
  assert.equal(patternCovers("/domain/*", "/domain/zone/x"), true);
  assert.equal(patternCovers("/domain/zone/*", "/domain/zone"), false);
  assert.equal(patternCovers("/me", "/me"), true);
  assert.equal(patternCovers("/me", "/me/api"), false);
  assert.equal(patternCovers("/*/record", "/domain/zone/x/record"), true);
  assert.equal(patternCovers("/*/record", "/domain/zone/x/records"), false);
  assert.equal(patternCovers("*", "/anything"), true);
  assert.equal(patternCovers("/a.b", "/aXb"), false);
});

test("literal coverage agrees with the matcher on a grid of cases", () => {
  const patterns = ["/*", "/me*", "/me/*", "/*/api/*", "/me/api/credential/*", "/domain/zone/*/record/*", "/x*y", "*"];
  const paths = [
    "/me",
    "/me/",
    "/me/api",
    "/meow",
    "/me/api/credential/1",
    "/domain/zone/a/record/2",
    "/xy",
    "/x/y",
    "/y",
  ];
  for (const pattern of patterns) {
    for (const path of paths) {
      assert.equal(patternCovers(pattern, path), pathPatternToRegExp(pattern).test(path), `${pattern} vs ${path}`);
    }
  }
});

test("a wider wildcard covers a narrower wildcard", () => {
  assert.equal(patternCovers("/domain/*", "/domain/zone/*"), true);
  assert.equal(patternCovers("/*", "/domain/zone/*/record/*"), true);
  assert.equal(patternCovers("/domain/zone/*", "/domain/zone/*/record"), true);
  assert.equal(patternCovers("/*/record/*", "/domain/zone/*/record/*"), true);
  assert.equal(patternCovers("/me*", "/me/*"), true);
});

test("a narrower wildcard never covers a wider one", () => {
  assert.equal(patternCovers("/domain/zone/*", "/domain/*"), false);
  assert.equal(patternCovers("/domain/zone/*/record", "/domain/zone/*"), false);
  assert.equal(patternCovers("/me/*", "/me*"), false);
  assert.equal(patternCovers("/me/api", "/me/*"), false);
  assert.equal(patternCovers("/*/record", "/*/record/*"), false);
});

test("unrelated wildcards do not cover each other in either direction", () => {
  assert.equal(patternCovers("/domain/*", "/me/*"), false);
  assert.equal(patternCovers("/me/*", "/domain/*"), false);
  assert.equal(patternCovers("/*/a", "/*/b"), false);
});

test("identical patterns cover each other", () => {
  for (const pattern of ["/me", "/me/*", "/*/x/*", "*"]) assert.equal(patternCovers(pattern, pattern), true);
});

test("a long adversarial pattern is decided without blowing up", () => {
  const covering = `/${"*a".repeat(60)}`;
  const covered = `/${"a".repeat(200)}b`;
  const started = Date.now();
  assert.equal(patternCovers(covering, covered), false);
  assert.ok(Date.now() - started < 1000);
});

test("full wildcards are * and / followed only by stars", () => {
  for (const pattern of ["*", "/*", "/**", "**"]) assert.equal(isFullWildcard(pattern), true, pattern);
  for (const pattern of ["/", "/*/*", "/me/*", "/*x", ""]) assert.equal(isFullWildcard(pattern), false, pattern);
});

test("whenever coverage is claimed, every expansion of the covered pattern matches (seeded fuzz)", () => {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = ["/", "a", "b", "*"];
  const pattern = () => `/${Array.from({ length: 1 + next(6) }, () => alphabet[next(4)]).join("")}`;
  const expand = (p: string) => p.replace(/\*/g, () => ["", "a", "/b", "ab/a"][next(4)] ?? "");
  let claimed = 0;
  for (let i = 0; i < 3000; i++) {
    const covering = pattern();
    const covered = pattern();
    if (!patternCovers(covering, covered)) continue;
    claimed++;
    for (let k = 0; k < 8; k++) {
      const path = expand(covered);
      assert.ok(pathPatternToRegExp(covering).test(path), `${covering} claimed to cover ${covered} but not ${path}`);
    }
  }
  assert.ok(claimed > 50, `only ${claimed} coverages claimed`);
});
