import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleList } from "@/components/ArticleList";
import { ArticleViews } from "@/components/counts/ArticleViews";
import { ReaderSection } from "@/components/comments/ReaderSection";
import { Breadcrumb } from "@/components/Breadcrumb";
import { FaqBlock } from "@/components/FaqBlock";
import { JsonLd } from "@/components/JsonLd";
import { LegalNote } from "@/components/LegalNote";
import { PrintedAddress } from "@/components/PrintedAddress";
import { SectionLinkCopier } from "@/components/SectionLinkCopier";
import { ShareBar } from "@/components/ShareBar";
import { SourcesList } from "@/components/SourcesList";
import { TableOfContents } from "@/components/TableOfContents";
import { RelatedTools } from "@/components/tools/RelatedTools";
import { ArticleUpdates } from "@/components/updates/ArticleUpdates";
import { StaleNotice } from "@/components/updates/StaleNotice";
import { LawFootnotes } from "@/components/law/LawFootnotes";
import { citationResolver, findArticle, findTopic, getSite, isReviewStale, relatedArticles, todayInChina, updatesForArticle } from "@/content";
import { toolsForArticle } from "@/tools";
import { getToolkit } from "@/tools/server";
import { absoluteUrl, articleJsonLd, articleMetadata, articlePath, breadcrumbJsonLd, faqPageJsonLd } from "@/sharing";
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
      <JsonLd data={[articleJsonLd(SITE_INFO, article), faqPageJsonLd(article), breadcrumbJsonLd(SITE_INFO, topic, article)]} />
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
      <TableOfContents headings={article.headings} />
      <ArticleBody html={article.html} />
      <SectionLinkCopier />
      <RelatedTools tools={toolsForArticle(await getToolkit(), article)} />
      <FaqBlock faq={article.faq} citationHref={citationResolver(site.laws, "footnote")} />
      {/* Sources and the legal note belong to the article itself, so they come before the readers' part. */}
      <SourcesList sources={article.sources} citationHref={citationResolver(site.laws, "page")} />
      <LawFootnotes refs={article.lawRefs} laws={site.laws} />
      <ArticleUpdates updates={updatesForArticle(site, article.slug)} />
      <LegalNote reviewed={article.reviewed} />
      <PrintedAddress url={url} qrSrc={qrSrc} reviewed={article.reviewed} />
      <ReaderSection kind="feedback" slug={article.slug} />
      <ReaderSection kind="comments" slug={article.slug} />
      <section aria-labelledby="related" className="no-print">
        <h2 id="related" className="text-xl font-bold">
          相关文章
        </h2>
        <ArticleList articles={relatedArticles(site, article)} />
      </section>
      {/* "#top" scrolls to the top of the document in every browser, with or without JavaScript. */}
      <p className="no-print">
        <a href="#top" className="inline-block py-2 text-brand-700">
          ↑ 回到顶部
        </a>
      </p>
    </article>
  );
}
