import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleViews } from "@/components/counts/ArticleViews";
import { ReaderSection } from "@/components/comments/ReaderSection";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ArticleContent } from "@/components/ArticleContent";
import { SectionLinkCopier } from "@/components/SectionLinkCopier";
import { ShareBar } from "@/components/ShareBar";
import { StaleNotice } from "@/components/updates/StaleNotice";
import { findArticle, findTopic, getSite, isReviewStale, todayInChina } from "@/content";
import { absoluteUrl, articleMetadata, articlePath } from "@/sharing";
import { SITE_INFO } from "@/site-config";
import { isLocalOnlyHost } from "@/sharing/site-address";

type Params = { slug: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const site = await getSite();
  return site.articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article) return {};
  return articleMetadata(SITE_INFO, article, findTopic(site, article.topic)!);
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article) notFound();
  const topic = findTopic(site, article.topic)!;
  const url = absoluteUrl(SITE_INFO.url, articlePath(article.slug));
  const qrSrc = `${articlePath(article.slug)}/qr.svg`;
  return (
    // --site-url: the print stylesheet prints it before each internal link's path.
    // max-w-[42rem]: about 37 Chinese characters a line at the body's 18px (see .article-body).
    <article className="max-w-[42rem] space-y-6" style={{ "--site-url": JSON.stringify(SITE_INFO.url) } as React.CSSProperties}>
      <Breadcrumb items={[{ name: "首页", href: "/" }, { name: topic.name, href: `/topics/${topic.id}` }, { name: article.title }]} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl">{article.title}</h1>
        <p className="text-lg text-slate-700">{article.summary}</p>
        <p className="text-sm text-slate-600">
          最后审核：<time dateTime={article.reviewed}>{article.reviewed}</time>
          <ArticleViews slug={article.slug} />
        </p>
        {/* The page is prerendered: "today" is the build day, and every content change rebuilds. */}
        {isReviewStale(article.reviewed, todayInChina()) && <StaleNotice reviewed={article.reviewed} />}
      </header>
      <ShareBar url={url} qrSrc={qrSrc} localBuild={isLocalOnlyHost(new URL(SITE_INFO.url).hostname)} />
      {/* Body, FAQ, sources, cited laws and the printed address: HTML only, not repeated as React data. */}
      <ArticleContent slug={article.slug} part="main" />
      <SectionLinkCopier />
      <ReaderSection kind="feedback" slug={article.slug} />
      <ReaderSection kind="comments" slug={article.slug} />
      <ArticleContent slug={article.slug} part="end" />
    </article>
  );
}
