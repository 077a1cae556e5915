import { staticSecurityHeaders } from "./headers";

// The methods the dashboard answers. Anything else (TRACE, PROPFIND, LOCK…) is refused with 405 and the
// list: Next answers TRACE with a 500, a stack trace in its log and none of the security headers.

export const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase());
}

export const METHOD_REFUSAL_MESSAGE = "This method is not supported.";

/**
 * The headers of a 405: Allow, and, since the refusal is built before next.config's headers apply,
 * every static security header and a policy that lets nothing run or frame it.
 */
export function methodRefusalHeaders(): Record<string, string> {
  const headers: Record<string, string> = { Allow: ALLOW_HEADER, "Cache-Control": "no-store" };
  for (const { key, value } of staticSecurityHeaders) headers[key] = value;
  headers["Content-Security-Policy"] =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  return headers;
}
