import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { Breadcrumb } from "@/components/Breadcrumb";
import { PopularArticles } from "@/components/counts/PopularArticles";
import { JsonLd } from "@/components/JsonLd";
import { articlesOfTopic, findTopic, getSite } from "@/content";
import { breadcrumbJsonLd, topicMetadata } from "@/sharing";
import { SITE_INFO } from "@/site-config";

type Params = { topic: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const site = await getSite();
  return site.topics.map((topic) => ({ topic: topic.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const topic = findTopic(await getSite(), (await params).topic);
  return topic ? topicMetadata(SITE_INFO, topic) : {};
}

export default async function TopicPage({ params }: { params: Promise<Params> }) {
  const site = await getSite();
  const topic = findTopic(site, (await params).topic);
  if (!topic) notFound();
  return (
    <div className="space-y-4">
      <JsonLd data={[breadcrumbJsonLd(SITE_INFO, topic)]} />
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: topic.name }]} />
      <h1 className="text-2xl font-bold">{topic.name}</h1>
      <p className="text-lg text-slate-700">{topic.description}</p>
      <p className="text-sm text-slate-600">建议按顺序阅读：</p>
      <ArticleList articles={articlesOfTopic(site, topic.id)} numbered />
      <PopularArticles besidesTopic={topic.id} limit={4} />
    </div>
  );
}
