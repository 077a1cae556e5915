import { apiError } from "@/lib/http/errors";

// Mutating requests are accepted only when their Origin is this dashboard (server actions get the
// same check from Next). A missing Origin is refused too: browsers always send it on POST.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutating(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The one Origin check: the proxy runs it on every mutation and the route frame again, so a handler
 * stays guarded if the proxy's matcher ever stops covering it. Null when the request may go on.
 */
export function crossSiteRefusal(request: Request, headers?: HeadersInit): Response | null {
  if (!isMutating(request.method) || isSameOrigin(request)) return null;
  return apiError("forbidden:origin", "This request did not come from ovh-keys, so it was refused.", { headers });
}
