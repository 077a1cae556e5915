import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Keeps `next dev` from writing an agent block into AGENTS.md.
  agentRules: false,
};

export default nextConfig;
