import type { NextConfig } from "next";
// Imported statically: Next's TypeScript hook for this file is gone by the time redirects() runs.
import { getSite } from "./src/content";
import { aliasRedirects } from "./src/sharing/redirects";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Renamed articles: every `aliases` entry answers 308 to the current slug.
  async redirects() {
    return aliasRedirects(await getSite());
  },
};

export default nextConfig;
