// Prints, for each app route of a production build, the client JavaScript its first visit loads
// (raw and gzip bytes) and whether zod is among it. `next build` stopped printing "First Load JS"
// in Next 16, so this reads the numbers back from the build's own manifests.
//
//   npm run build && npx tsx lib/cli/route-sizes.ts [path/to/.next] [--json]
//
// What counts, per route (read from Next 16.4 with Turbopack; the script fails loudly, rather
// than printing zeros, if a later Next moves these files):
//   - .next/build-manifest.json `rootMainFiles`: the runtime and framework chunks every page loads;
//   - .next/server/app/<route>/page_client-reference-manifest.js `entryJSFiles`: for every segment
//     the route renders (root and group layouts, error and not-found boundaries, the page), the
//     chunks holding its client components.
// Chunks loaded later (next/dynamic, a lazy import) and the legacy polyfill chunk are not counted.
// zod is recognised by the `ZodError` string its error class carries through minification.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const ZOD_MARKER = "ZodError";

type RouteSize = { route: string; chunks: number; raw: number; gzip: number; zodChunks: string[] };

const args = process.argv.slice(2);
const json = args.includes("--json");
const buildDir = args.find((arg) => !arg.startsWith("--")) ?? ".next";

function fail(message: string): never {
  console.error(`route-sizes: ${message}`);
  process.exit(1);
}

function readJson<T>(path: string): T {
  if (!existsSync(path)) fail(`${path} is missing: run \`npm run build\` first, or pass the build's .next folder.`);
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function findManifests(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return findManifests(path);
    return entry.name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

// The manifest is a script that assigns to globalThis.__RSC_MANIFEST[page]; it runs in an empty
// context so that it can set nothing else.
function entryChunks(manifestPath: string): { page: string; files: string[] } {
  const sandbox: {
    globalThis?: unknown;
    __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }>;
  } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(manifestPath, "utf8"), sandbox, { filename: manifestPath, timeout: 1_000 });
  const pages = Object.entries(sandbox.__RSC_MANIFEST ?? {});
  if (pages.length !== 1) fail(`${manifestPath} describes ${pages.length} pages, expected one.`);
  const [page, manifest] = pages[0] as [string, { entryJSFiles?: Record<string, string[]> }];
  if (!manifest.entryJSFiles) fail(`${manifestPath} has no entryJSFiles.`);
  return { page, files: Object.values(manifest.entryJSFiles).flat() };
}

const chunkCache = new Map<string, { raw: number; gzip: number; zod: boolean }>();
function measure(file: string) {
  const cached = chunkCache.get(file);
  if (cached) return cached;
  const path = join(buildDir, file);
  if (!existsSync(path)) fail(`${path} is named by a manifest but missing.`);
  const bytes = readFileSync(path);
  const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, zod: bytes.includes(ZOD_MARKER) };
  chunkCache.set(file, size);
  return size;
}

const buildManifest = readJson<{ rootMainFiles?: string[] }>(join(buildDir, "build-manifest.json"));
const routeOf = readJson<Record<string, string>>(join(buildDir, "app-path-routes-manifest.json"));
const appServerDir = join(buildDir, "server", "app");
if (!existsSync(appServerDir)) fail(`${appServerDir} is missing.`);
const manifests = findManifests(appServerDir);
if (manifests.length === 0) fail(`no page_client-reference-manifest.js under ${appServerDir}.`);

const sizes: RouteSize[] = manifests.map((manifestPath) => {
  const { page, files } = entryChunks(manifestPath);
  const chunks = [...new Set([...(buildManifest.rootMainFiles ?? []), ...files])];
  let raw = 0;
  let gzip = 0;
  const zodChunks: string[] = [];
  for (const chunk of chunks) {
    const size = measure(chunk);
    raw += size.raw;
    gzip += size.gzip;
    if (size.zod) zodChunks.push(`${chunk} (${(size.raw / 1024).toFixed(1)} KB)`);
  }
  const route = routeOf[page] ?? relative(appServerDir, manifestPath).split(sep).join("/");
  return { route, chunks: chunks.length, raw, gzip, zodChunks };
});
sizes.sort((a, b) => a.route.localeCompare(b.route));

if (json) {
  console.log(JSON.stringify(sizes, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [
    ["route", "chunks", "raw", "gzip", "zod"],
    ...sizes.map((s) => [s.route, String(s.chunks), kb(s.raw), kb(s.gzip), s.zodChunks.join(", ") || "no"]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    );
}
