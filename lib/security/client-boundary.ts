// Walks the import graph from every "use client" file and names each chain that reaches a
// module marked `import "server-only"`. Next's bundler refuses such a chain only when the page
// that holds it is built; this walk refuses it in a unit test, from source text, in a second.
//
// A module counts as server-only when it carries the marker, or when it imports a package that
// only the server has: a `node:` builtin, iron-session, next/headers. The second rule guards the
// modules that cannot carry the marker: lib/ovh's client and the emulator also run under plain
// Node (the standalone emulator, the benchmarks, e2e request signing), where `server-only` throws.
//
// It reads source as text on purpose: the rules it needs are few and stable (an import is
// type-only, a "use server" file is a network boundary, `@/` is the repository root), and a
// text walk runs on an in-memory file map, which is how its own test proves it can fail.

/** Repository-relative path (forward slashes) → source text. */
export type SourceFiles = ReadonlyMap<string, string>;

export type BoundaryViolation = {
  /** From the "use client" file to the server-only module, each step an import. */
  chain: string[];
};

const SOURCE_EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mjs"];
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use (client|server)["']/;
// `import … from "x"`, `export … from "x"`, `import "x"`, across lines, anchored at a line start
// so that commented-out imports (`// import`, ` * import`) are not read.
const STATIC_IMPORT = /^[ \t]*(import|export)\b(?:\s+(type)\b)?([^;"'`]*?)(?:\bfrom\s*)?["']([^"'\n]+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g;
const SERVER_ONLY_MARKER = /^[ \t]*import\s+["']server-only["']/m;
const SERVER_PACKAGES = new Set(["server-only", "iron-session", "next/headers"]);

export function isServerPackage(specifier: string): boolean {
  return specifier.startsWith("node:") || SERVER_PACKAGES.has(specifier);
}

export function directiveOf(source: string): "client" | "server" | undefined {
  const match = DIRECTIVE.exec(source);
  return match ? (match[1] as "client" | "server") : undefined;
}

export function isServerOnly(source: string): boolean {
  return SERVER_ONLY_MARKER.test(source);
}

/**
 * The specifiers of imports that survive compilation: `import type`, `export type` and an
 * `import { type A, type B }` whose every name is a type are erased by TypeScript, so they
 * cannot carry a module into a bundle.
 */
export function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const [, keyword, typeKeyword, clause = "", specifier] = match;
    if (typeKeyword) continue;
    if (keyword === "export" && !/^\s*(\*|\{)/.test(clause)) continue;
    if (isTypeOnlyClause(clause)) continue;
    specifiers.push(specifier as string);
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) specifiers.push(match[1] as string);
  return specifiers;
}

function isTypeOnlyClause(clause: string): boolean {
  const braces = /^\s*\{([\s\S]*)\}\s*$/.exec(clause);
  if (!braces) return false;
  const names = (braces[1] as string)
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith("type "));
}

/** The repository file a specifier names, or undefined for a package or a missing file. */
export function resolveSpecifier(files: SourceFiles, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = joinPath(dirname(from), specifier);
  else return undefined;
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => `${base}/index${extension}`),
  ];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Every chain from a "use client" file to a server-only module, shortest first per pair.
 * The walk stops at "use server" files: a client imports those as references to server
 * actions, never as code.
 */
export function findBoundaryViolations(files: SourceFiles): BoundaryViolation[] {
  const violations: BoundaryViolation[] = [];
  const entries = [...files.keys()].filter((path) => directiveOf(files.get(path) as string) === "client").sort();
  for (const entry of entries) {
    const parent = new Map<string, string | undefined>([[entry, undefined]]);
    const queue = [entry];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      const source = files.get(current) as string;
      if (current !== entry && isServerOnly(source)) {
        violations.push({ chain: chainTo(parent, current) });
        continue;
      }
      if (current !== entry && directiveOf(source) === "server") continue;
      for (const specifier of runtimeImports(source)) {
        if (isServerPackage(specifier)) {
          violations.push({ chain: [...chainTo(parent, current), specifier] });
          continue;
        }
        const next = resolveSpecifier(files, current, specifier);
        if (next === undefined || parent.has(next)) continue;
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  return violations;
}

export function describeViolation(violation: BoundaryViolation): string {
  return `${violation.chain.join(" → ")} (server-only)`;
}

function chainTo(parent: Map<string, string | undefined>, end: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = end; at !== undefined; at = parent.get(at)) chain.unshift(at);
  return chain;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function joinPath(directory: string, relative: string): string {
  const parts = directory === "" ? [] : directory.split("/");
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}
