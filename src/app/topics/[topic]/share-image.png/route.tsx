import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/ShareCard";
import { articlesOfTopic, findTopic, getSite } from "@/content";
import { SHARE_IMAGE_SIZE, loadShareFonts, topicShareCard } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { topic: string };

export const alt = "专题分享图";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).topics.map((topic) => ({ topic: topic.id }));
}

export default async function TopicShareImage({ params }: { params: Promise<Params> }) {
  const site = await getSite();
  const topic = findTopic(site, (await params).topic)!;
  const card = topicShareCard(SITE_INFO, topic, articlesOfTopic(site, topic.id).length);
  return new ImageResponse(<ShareCard card={card} />, { ...size, fonts: await loadShareFonts() });
}
