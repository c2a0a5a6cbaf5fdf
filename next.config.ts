import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its WebAssembly by file URL: bundling it breaks that, so Node loads it as is.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
};

export default nextConfig;
