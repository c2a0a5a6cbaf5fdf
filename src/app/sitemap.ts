import type { MetadataRoute } from "next";
import { getSite } from "@/content";
import { sitemapEntries } from "@/sharing";
import { SITE_URL } from "@/site-config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(SITE_URL, await getSite());
}
