// The URL a client signed is the one it addressed: scheme://Host + raw request target.
// Behind a proxy (Next, or any reverse proxy) the original scheme and Host arrive as
// x-forwarded-proto / x-forwarded-host; the request target is never re-encoded here.

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

/** `rawUrl` is given by transports that know the exact wire form (the standalone server). */
export function addressedUrl(request: Request, rawUrl?: string): string {
  if (rawUrl) return rawUrl;
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  const host = firstValue(request.headers.get("x-forwarded-host"));
  if (!proto && !host) return request.url;
  const url = new URL(request.url);
  const target = request.url.slice(url.origin.length);
  return `${proto ? proto.replace(/:$/, "") : url.protocol.slice(0, -1)}://${host ?? url.host}${target}`;
}
