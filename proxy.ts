import { type NextRequest, NextResponse } from "next/server";
import { serverEnv } from "@/lib/runtime/env";
import { emulatorRequestHeaders } from "@/lib/security/client-address";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/security/headers";
import { guardRequest } from "@/lib/security/request-guard";

// Runs before every route: refuses cross-site or malformed mutations, and gives each page a CSP with a
// nonce of its own (Next reads it from the request's CSP header and puts it on its scripts).
// Static headers (nosniff, Referrer-Policy, Permissions-Policy…) come from next.config.ts.

export async function proxy(request: NextRequest) {
  const refused = await guardRequest(request);
  if (refused) return refused;
  const https = servedOverHttps(request);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const emulatorHeaders = emulatorRequestHeaders(
      request.nextUrl.pathname,
      request.headers,
      serverEnv().emulatorTrustProxy,
    );
    const response = NextResponse.next(emulatorHeaders ? { request: { headers: emulatorHeaders } } : undefined);
    if (https) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, dev: serverEnv().development, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
