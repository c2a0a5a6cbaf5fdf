import type { MetadataRoute } from "next";
import { getSite } from "@/content";
import { sitemapEntries } from "@/sharing";
import { SITE_URL } from "@/site-config";
import { getToolkit } from "@/tools/server";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(SITE_URL, await getSite(), await getToolkit());
}
