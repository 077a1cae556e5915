import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { httpMethodSchema } from "@/lib/ovh/models";
import { knownMethodsFor, routeCatalogue, suggestPaths, toRulePath } from "./route-catalogue";
import catalogueJson from "./route-catalogue.json";

const paths = (list: { path: string }[]) => list.map((s) => s.path);

test("the generated catalogue has the shape the module reads it as: absolute paths, known methods", () => {
  const catalogueSchema = z.object({
    routes: z.array(z.object({ path: z.string().startsWith("/"), methods: z.array(httpMethodSchema).min(1) })),
  });
  assert.deepEqual(catalogueSchema.parse(catalogueJson).routes, routeCatalogue);
});

test("the catalogue holds the shared schema routes with their methods and the common prefixes", () => {
  const byPath = new Map(routeCatalogue.map((r) => [r.path, r.methods]));
  assert.deepEqual(byPath.get("/me/api/credential/{credentialId}"), ["GET", "PUT", "DELETE"]);
  assert.deepEqual(byPath.get("/auth/credential"), ["POST"]);
  assert.deepEqual(byPath.get("/me"), ["GET", "PUT"]);
  for (const prefix of [
    "/domain",
    "/domain/zone",
    "/dedicated/server",
    "/vps",
    "/cloud/project",
    "/ip",
    "/order/cart",
    "/email/domain",
    "/hosting/web",
    "/dbaas/logs",
    "/sms",
    "/telephony",
    "/license/windows",
  ]) {
    assert.ok(byPath.has(prefix), prefix);
  }
  assert.ok(routeCatalogue.length >= 100 && routeCatalogue.length <= 300);
  assert.equal(new Set(byPath.keys()).size, routeCatalogue.length, "each path once");
});

test("{param} segments become * and mark the rule as widened", () => {
  assert.deepEqual(toRulePath("/domain/zone/{zoneName}/record/{id}"), {
    rulePath: "/domain/zone/*/record/*",
    widened: true,
  });
  assert.deepEqual(toRulePath("/me/api/credential"), { rulePath: "/me/api/credential", widened: false });
});

test("prefix matches come first, shortest first, then substring matches", () => {
  const suggestions = suggestPaths("/domain/zone", undefined, 50);
  assert.equal(suggestions[0]?.path, "/domain/zone");
  assert.equal(suggestions[1]?.path, "/domain/zone/{zoneName}");
  const lengths = suggestions.map((s) => s.path.length);
  assert.deepEqual(
    lengths,
    [...lengths].sort((a, b) => a - b),
  );
  const mixed = paths(suggestPaths("/record", undefined, 50));
  assert.ok(mixed.includes("/domain/zone/{zoneName}/record"), "substring matches are found");
});

test("a prefix match outranks a shorter substring match", () => {
  const suggestions = paths(suggestPaths("/me/bill", undefined, 50));
  assert.equal(suggestions[0], "/me/bill");
  const sms = paths(suggestPaths("sms", undefined, 50));
  assert.equal(sms[0], "/sms", "typing without the slash still ranks the /sms prefix first");
});

test("matching ignores case and surrounding spaces", () => {
  assert.equal(suggestPaths("  /ME/API/CRED ")[0]?.path, "/me/api/credential");
});

test("suggestions are widened when they turn a {param} into *", () => {
  const suggestion = suggestPaths("/me/api/credential/").find((s) => s.path === "/me/api/credential/{credentialId}");
  assert.deepEqual(suggestion, {
    path: "/me/api/credential/{credentialId}",
    rulePath: "/me/api/credential/*",
    widened: true,
    methods: ["GET", "PUT", "DELETE"],
  });
  const plain = suggestPaths("/me/api/credential").find((s) => s.path === "/me/api/credential");
  assert.equal(plain?.widened, false);
});

test("a typed value stands in for the {param} it lines up with", () => {
  const suggestions = suggestPaths("/domain/zone/example.com/rec");
  const record = suggestions.find((s) => s.path === "/domain/zone/{zoneName}/record");
  assert.deepEqual(record?.rulePath, "/domain/zone/example.com/record");
  assert.equal(record?.widened, false);
  const single = suggestions.find((s) => s.path === "/domain/zone/{zoneName}/record/{id}");
  assert.deepEqual([single?.rulePath, single?.widened], ["/domain/zone/example.com/record/*", true]);
  assert.ok(suggestions.every((s) => s.rulePath.startsWith("/domain/zone/example.com/rec")));
});

test("a name the catalogue knows is not taken as a {param} value", () => {
  const suggestions = suggestPaths("/domain/zone/", undefined, 100);
  assert.ok(suggestions.length > 10);
  assert.ok(suggestions.every((s) => !s.path.startsWith("/domain/{serviceName}")));
  assert.ok(suggestPaths("/domain/example.com/").some((s) => s.path === "/domain/{serviceName}/nameServer"));
});

test("a typed * lines up with a {param} and stays a wildcard", () => {
  const suggestion = suggestPaths("/domain/zone/*/ref")[0];
  assert.deepEqual(suggestion?.rulePath, "/domain/zone/*/refresh");
  assert.equal(suggestion?.widened, true);
});

test("the method filter keeps only routes offering that method", () => {
  const deletes = suggestPaths("/me/api", "DELETE", 50);
  assert.ok(deletes.length > 0);
  assert.ok(deletes.every((s) => s.methods.includes("DELETE")));
  assert.ok(!paths(deletes).includes("/me/api/credential"));
});

test("limit caps the list and an empty input lists the shortest routes", () => {
  assert.equal(suggestPaths("/", undefined, 3).length, 3);
  assert.equal(suggestPaths("", undefined, 0).length, 0);
  assert.equal(suggestPaths("").length, 12);
  assert.equal(suggestPaths("").at(0)?.path.split("/").length, 2);
});

test("nothing matches nonsense", () => {
  assert.deepEqual(suggestPaths("/zzzz-nothing"), []);
});

test("knownMethodsFor finds the route behind a rule path and prefers literal segments", () => {
  assert.deepEqual(knownMethodsFor("/domain/zone/*/record"), ["GET", "POST"]);
  assert.deepEqual(knownMethodsFor("/domain/zone/example.com/record"), ["GET", "POST"]);
  assert.deepEqual(knownMethodsFor("/domain/zone"), ["GET"]);
  assert.deepEqual(knownMethodsFor("/me/api/credential"), ["GET"]);
  assert.equal(knownMethodsFor("/no/such/route"), null);
});
