import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/ShareCard";
import { findArticle, findTopic, getSite } from "@/content";
import { SHARE_IMAGE_SIZE, articleShareCard, loadShareFonts } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { slug: string };

export const alt = "文章分享图";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).articles.map((article) => ({ slug: article.slug }));
}

export default async function ArticleShareImage({ params }: { params: Promise<Params> }) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug)!;
  const card = articleShareCard(SITE_INFO, article, findTopic(site, article.topic)!);
  return new ImageResponse(<ShareCard card={card} />, { ...size, fonts: await loadShareFonts() });
}
