import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The search index's file name carries its content hash: browsers may keep it forever.
  async headers() {
    return [{ source: "/:file(search-index\\.[0-9a-f]+\\.json)", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] }];
  },
};

export default nextConfig;
