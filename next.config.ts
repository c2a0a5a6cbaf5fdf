import type { NextConfig } from "next";
import { securityHeadersFor } from "./src/security/csp";
import { siteUrlFromEnv } from "./src/sharing/site-address";
// Imported statically: Next's TypeScript hook for this file is gone by the time redirects() runs.
import { getSite } from "./src/content";
import { aliasRedirects } from "./src/sharing/redirects";

const nextConfig: NextConfig = {
  // Benchmarks build synthetic corpora next to the real build without overwriting it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // The Content-Security-Policy is set per request in src/proxy.ts (it differs per page).
      // HSTS only when the build's SITE_URL is https (npm start rebuilds when SITE_URL changes).
      { source: "/:path*", headers: [...securityHeadersFor(siteUrlFromEnv(process.env.SITE_URL))] },
      // The search index's file name carries its content hash: browsers may keep it forever.
      { source: "/:file(search-index\\.[0-9a-f]+\\.json)", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  // PGlite loads its WebAssembly by file URL: bundling it breaks that, so Node loads it as is.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Renamed articles: every `aliases` entry answers 308 to the current slug.
  async redirects() {
    return aliasRedirects(await getSite());
  },
};

export default nextConfig;
