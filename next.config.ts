import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./src/security/csp";
// Imported statically: Next's TypeScript hook for this file is gone by the time redirects() runs.
import { getSite } from "./src/content";
import { aliasRedirects } from "./src/sharing/redirects";

const nextConfig: NextConfig = {
  // Benchmarks build synthetic corpora next to the real build without overwriting it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // The Content-Security-Policy is set per request in src/proxy.ts (it differs per page).
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
  // PGlite loads its WebAssembly by file URL: bundling it breaks that, so Node loads it as is.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Renamed articles: every `aliases` entry answers 308 to the current slug.
  async redirects() {
    return aliasRedirects(await getSite());
  },
};

export default nextConfig;
