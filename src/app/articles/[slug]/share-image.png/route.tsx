import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/ShareCard";
import { findArticle, findTopic, getSite } from "@/content";
import { SHARE_IMAGE_SIZE, articleShareCard, loadShareFonts } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { slug: string };

// A route, not an opengraph-image file: a file's alt text is one fixed string for every article,
// while articleMetadata names this image with the article's title as its alt text.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug)!;
  const card = articleShareCard(SITE_INFO, article, findTopic(site, article.topic)!);
  return new ImageResponse(<ShareCard card={card} />, { ...SHARE_IMAGE_SIZE, fonts: await loadShareFonts() });
}
