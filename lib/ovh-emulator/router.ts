// Route templates such as "/me/api/credential/{credentialId}": a {param} matches one
// non-empty path segment. A path known under other methods answers 405, anything else 404.

export type RouteMatch<R> =
  | { kind: "found"; route: R; params: Record<string, string> }
  | { kind: "wrong-method"; allow: string[] }
  | { kind: "not-found" };

type Segment = { param: string } | { literal: string };

// Templates are split once, not on every request: the emulator matches each request against every
// route, thousands of times per second in the benchmark.
const compiled = new Map<string, Segment[]>();

function segmentsOf(template: string): Segment[] {
  let segments = compiled.get(template);
  if (!segments) {
    segments = template.split("/").map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      return param ? { param } : { literal: segment };
    });
    compiled.set(template, segments);
  }
  return segments;
}

function matchTemplate(template: string, got: readonly string[]): Record<string, string> | null {
  const want = segmentsOf(template);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const segment = want[index] as Segment;
    const actual = got[index] as string;
    if ("param" in segment) {
      if (actual === "") return null;
      try {
        params[segment.param] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (segment.literal !== actual) {
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
  const got = path.split("/");
  for (const route of routes) {
    const params = matchTemplate(route.template, got);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: "wrong-method", allow } : { kind: "not-found" };
}
