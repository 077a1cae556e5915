import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { describeViolation, findBoundaryViolations, runtimeImports, type SourceFiles } from "./client-boundary";

const SERVER_ONLY = `import "server-only";\nexport const secret = 1;\n`;

test("a client file that reaches a server-only module through two hops is named, chain and all", () => {
  const files: SourceFiles = new Map([
    ["app/page-view.tsx", `"use client";\nimport { format } from "@/lib/ui/format";\nexport const A = 1;\n`],
    ["lib/ui/format.ts", `import { load } from "../inventory/load";\nexport const format = load;\n`],
    ["lib/inventory/load.ts", `import { secret } from "@/lib/session/state";\nexport const load = secret;\n`],
    ["lib/session/state.ts", SERVER_ONLY],
  ]);
  const violations = findBoundaryViolations(files);
  assert.deepEqual(
    violations.map((violation) => violation.chain),
    [["app/page-view.tsx", "lib/ui/format.ts", "lib/inventory/load.ts", "lib/session/state.ts"]],
  );
  assert.equal(
    describeViolation(violations[0] as (typeof violations)[number]),
    "app/page-view.tsx → lib/ui/format.ts → lib/inventory/load.ts → lib/session/state.ts (server-only)",
  );
});

test("a client file that reaches a node: builtin or a server package is named, though unmarked", () => {
  const files: SourceFiles = new Map([
    ["app/view.tsx", `"use client";\nimport { sign } from "@/lib/ovh/signature";\nimport { s } from "./seal";\n`],
    ["lib/ovh/signature.ts", `import { createHash } from "node:crypto";\nexport const sign = createHash;\n`],
    ["app/seal.ts", `import { sealData } from "iron-session";\nexport const s = sealData;\n`],
  ]);
  assert.deepEqual(findBoundaryViolations(files).map(describeViolation), [
    "app/view.tsx → lib/ovh/signature.ts → node:crypto (server-only)",
    "app/view.tsx → app/seal.ts → iron-session (server-only)",
  ]);
});

test("type-only imports, server actions and packages do not carry a module into the client", () => {
  const files: SourceFiles = new Map([
    [
      "components/view.tsx",
      [
        `'use client';`,
        `import type { Session } from "@/lib/session/state";`,
        `import { type Session as S, type Other } from "@/lib/session/state";`,
        `export type { Session } from "@/lib/session/state";`,
        `// import { secret } from "@/lib/session/state";`,
        `import { revokeAction } from "@/app/actions";`,
        `import { z } from "zod";`,
        `export const label = "see lib/session/state";`,
      ].join("\n"),
    ],
    [
      "app/actions.ts",
      `"use server";\nimport { secret } from "@/lib/session/state";\nexport async function revokeAction() {}\n`,
    ],
    ["lib/session/state.ts", SERVER_ONLY],
  ]);
  assert.deepEqual(findBoundaryViolations(files), []);
});

test("re-exports, side-effect imports, dynamic imports and multi-line imports are followed", () => {
  const source = [
    `export * from "./a";`,
    `export { b } from "./b";`,
    `import "./c";`,
    `import {`,
    `  d,`,
    `  type D,`,
    `} from "./d";`,
    `const e = await import("./e");`,
    `import F, { type G } from "./f";`,
  ].join("\n");
  assert.deepEqual(runtimeImports(source), ["./a", "./b", "./c", "./d", "./f", "./e"]);
});

test("index files and extensions resolve; a cycle does not loop", () => {
  const files: SourceFiles = new Map([
    ["app/x.tsx", `"use client";\nimport { y } from "./y";\n`],
    ["app/y/index.ts", `import { x } from "../x";\nimport { z } from "../../lib/z";\nexport const y = 1;\n`],
    ["lib/z.ts", SERVER_ONLY],
  ]);
  assert.deepEqual(
    findBoundaryViolations(files).map((violation) => violation.chain),
    [["app/x.tsx", "app/y/index.ts", "lib/z.ts"]],
  );
});

test('no "use client" file in app/ or components/ reaches a server-only module', () => {
  const root = process.cwd();
  const files = new Map<string, string>();
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(tsx?|mjs|jsx?)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
        files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  for (const directory of ["app", "components", "lib"]) walk(join(root, directory));
  assert.ok(
    [...files.values()].filter((source) => /^["']use client["']/.test(source)).length > 20,
    "the walk found the client files",
  );
  assert.deepEqual(findBoundaryViolations(files).map(describeViolation), []);
});
