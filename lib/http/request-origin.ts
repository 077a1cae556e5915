// The dashboard's own origin, for the redirection URL OVH sends the browser back to after
// validation. It comes from the request (Host, or X-Forwarded-Host behind a proxy, and
// X-Forwarded-Proto), so it is checked strictly: a host name or bracketed IPv6 address with an
// optional port, and http or https. Anything else gives null and the caller asks for a URL.

const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const firstValue = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** A Host header naming this machine (port and IPv6 brackets ignored): plain http is acceptable there. */
export function isLoopback(host: string | null): boolean {
  const name = (host ?? "").replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "127.0.0.1" || name === "::1";
}

export function originFromHeaders(get: (name: string) => string | null): string | null {
  const host = firstValue(get("x-forwarded-host")) ?? firstValue(get("host"));
  if (!host || !hostPattern.test(host)) return null;
  const forwarded = firstValue(get("x-forwarded-proto"))?.toLowerCase();
  const proto = forwarded === "http" || forwarded === "https" ? forwarded : isLoopback(host) ? "http" : "https";
  try {
    const url = new URL(`${proto}://${host}`);
    return url.origin;
  } catch {
    return null;
  }
}
