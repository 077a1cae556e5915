// Response builders. Every error body carries both OVH shapes at once: the legacy
// {errorCode, httpCode, message} that python-ovh and csharp-ovh dispatch on, and the IAM-era
// {class, message} that go-ovh renders.

export type OvhError = { status: number; errorCode: string; message: string };

const reasons: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function reasonPhrase(status: number): string {
  return reasons[status] ?? (status >= 500 ? "Server Error" : "Client Error");
}

function errorClass(status: number): string {
  const name = reasonPhrase(status).replace(/\s+/g, "");
  return `${status >= 500 ? "Server" : "Client"}::${name}`;
}

const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-cache, no-store", ...headers },
  });
}

export function errorResponse(error: OvhError, headers: Record<string, string> = {}): Response {
  const body = {
    errorCode: error.errorCode,
    httpCode: `${error.status} ${reasonPhrase(error.status)}`,
    message: error.message,
    class: errorClass(error.status),
  };
  return jsonResponse(body, error.status, headers);
}

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A 303 built by hand: Response.redirect() returns immutable headers, and every response gets a query id. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
