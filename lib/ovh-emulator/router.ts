// Route templates such as "/me/api/credential/{credentialId}": a {param} matches one
// non-empty path segment. A path known under other methods answers 405, anything else 404.

export type RouteMatch<R> =
  | { kind: "found"; route: R; params: Record<string, string> }
  | { kind: "wrong-method"; allow: string[] }
  | { kind: "not-found" };

function matchTemplate(template: string, path: string): Record<string, string> | null {
  const want = template.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] ?? "";
    const param = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (param) {
      if (actual === "") return null;
      try {
        params[param] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

export function matchRoute<R extends { method: string; template: string }>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> {
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchTemplate(route.template, path);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: "wrong-method", allow } : { kind: "not-found" };
}
