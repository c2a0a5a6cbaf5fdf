import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/sharing";
import { SITE_URL } from "@/site-config";

export default function robots(): MetadataRoute.Robots {
  // /api/ holds form endpoints (comments), not pages.
  return { rules: { userAgent: "*", allow: "/", disallow: "/api/" }, sitemap: absoluteUrl(SITE_URL, "/sitemap.xml") };
}
