import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/ShareCard";
import { articlesOfTopic, findTopic, getSite } from "@/content";
import { SHARE_IMAGE_SIZE, loadShareFonts, topicShareCard } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { topic: string };

// A route, not an opengraph-image file, so topicMetadata can give it the topic's name as alt text.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await getSite()).topics.map((topic) => ({ topic: topic.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const site = await getSite();
  const topic = findTopic(site, (await params).topic)!;
  const card = topicShareCard(SITE_INFO, topic, articlesOfTopic(site, topic.id).length);
  return new ImageResponse(<ShareCard card={card} />, { ...SHARE_IMAGE_SIZE, fonts: await loadShareFonts() });
}
