import { readFileSync } from "node:fs";

// What the production build serves, read from its manifests, so the security specs cover every route
// handler, page and server action that exists, including ones added after the specs were written.

type AppPaths = Record<string, string>;
type ServerReferences = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/** "/(dashboard)/credentials/[credentialId]/page" → "/credentials/[credentialId]" */
function urlPattern(entry: string): string {
  const path = entry
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"))
    .join("/");
  return `/${path}`;
}

export type RouteHandler = { pattern: string; params: string[] };
export type Page = { pattern: string; params: string[] };

const paramsOf = (pattern: string) =>
  [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1] as string);

export function routeHandlers(): RouteHandler[] {
  const manifest = readJson<AppPaths>(".next/server/app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/route"))
    .map(urlPattern)
    .map((pattern) => ({ pattern, params: paramsOf(pattern) }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function pages(): Page[] {
  const manifest = readJson<AppPaths>(".next/server/app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/page") && !/\/_(not-found|global-error)\//.test(entry))
    .map(urlPattern)
    .map((pattern) => ({ pattern, params: paramsOf(pattern) }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export type ServerAction = {
  id: string;
  name: string;
  /** A page that can run it (actions are POSTed to a page of their worker). */
  pagePattern: string;
  /** From the id's info byte: whether the action reads any argument at all. */
  takesInput: boolean;
};

export function serverActions(): ServerAction[] {
  const manifest = readJson<ServerReferences>(".next/server/server-reference-manifest.json");
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const workers = Object.keys(entry.workers)
        .filter((worker) => worker.endsWith("/page"))
        .map((worker) => urlPattern(worker.replace(/^app/, "")));
      const infoByte = Number.parseInt(id.slice(0, 2), 16);
      return {
        id,
        name: `${entry.filename ?? "?"}#${entry.exportedName ?? id}`,
        // Prefer a page without dynamic segments.
        pagePattern: workers.sort((a, b) => paramsOf(a).length - paramsOf(b).length)[0] ?? "/",
        takesInput: ((infoByte >> 1) & 0x3f) !== 0 || (infoByte & 1) === 1,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A concrete URL for a pattern, dynamic segments filled by `fill(name)`. */
export function concrete(pattern: string, fill: (param: string) => string): string {
  return pattern.replace(/\[\[?(\.\.\.)?([^\]]+)\]\]?/g, (_, _rest, name: string) => fill(name));
}
