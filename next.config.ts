import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./src/security/csp";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // The Content-Security-Policy is set per request in src/proxy.ts (it differs per page).
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
