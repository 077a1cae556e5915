import { apiError } from "@/lib/http/errors";

// Mutating requests are accepted only when their Origin is this dashboard (server actions get the
// same check from Next, host only). A missing Origin is refused too: browsers always send it on POST.
// The scheme counts as well as the host: http://dash and https://dash are different origins, and a page
// served over plain HTTP (a captive portal, a downgrade) must not act on the HTTPS dashboard's session.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    const url = new URL(origin);
    return host !== null && url.host === host && url.protocol === `${servedScheme(request)}:`;
  } catch {
    return false;
  }
}

/**
 * The scheme the browser used: behind a TLS-terminating proxy, X-Forwarded-Proto (its first value, read
 * as lib/http/request-origin.ts reads it); otherwise the scheme of the connection itself.
 */
function servedScheme(request: Request): "http" | "https" {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded === "http" || forwarded === "https") return forwarded;
  return new URL(request.url).protocol === "https:" ? "https" : "http";
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
