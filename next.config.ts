import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression is the TLS proxy's job (SECURITY.md): Next would gzip the 2 MB audit of a large account
  // again for every request, on the same cores that serve the dashboard.
  compress: false,
  typedRoutes: false,
  // Keeps `next dev` from writing an agent block into AGENTS.md.
  agentRules: false,
  // nosniff, Referrer-Policy, Permissions-Policy… on every response, static assets included; the
  // per-request CSP and HSTS come from proxy.ts.
  headers: async () => [{ source: "/:path*", headers: staticSecurityHeaders }],
  experimental: {
    // proxy.ts reads mutation bodies; anything past this is cut, and the proxy refuses bodies over 1 MB.
    proxyClientMaxBodySize: "2mb",
  },
};

export default nextConfig;
