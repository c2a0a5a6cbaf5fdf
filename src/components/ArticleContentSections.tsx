import { use } from "react";
import { articleContentId, type ArticleContentPart } from "./article-content-id";
import { ArticleBody } from "./ArticleBody";
import { ArticleList } from "./ArticleList";
import { FaqBlock } from "./FaqBlock";
import { JsonLd } from "./JsonLd";
import { LegalNote } from "./LegalNote";
import { PrintedAddress } from "./PrintedAddress";
import { SourcesList } from "./SourcesList";
import { TableOfContents } from "./TableOfContents";
import { LawFootnotes } from "./law/LawFootnotes";
import { RelatedTools } from "./tools/RelatedTools";
import { ArticleUpdates } from "./updates/ArticleUpdates";
import { citationResolver, findArticle, findTopic, getSite, relatedArticles, updatesForArticle, type Article, type Site } from "@/content";
import { absoluteUrl, articleJsonLd, articlePath, breadcrumbJsonLd, faqPageJsonLd } from "@/sharing";
import { SITE_INFO } from "@/site-config";
import { toolsForArticle, type Toolkit } from "@/tools";
import { getToolkit } from "@/tools/server";

type Loaded = { site: Site; article: Article; toolkit: Toolkit };
// One promise per slug: React's use() must see the same promise when it renders again after suspending.
const loaded = new Map<string, Promise<Loaded>>();

function loadArticle(slug: string): Promise<Loaded> {
  let promise = loaded.get(slug);
  if (!promise) {
    promise = Promise.all([getSite(), getToolkit()]).then(([site, toolkit]) => {
      const article = findArticle(site, slug);
      if (!article) throw new Error(`ArticleContent: no article "${slug}"`);
      return { site, article, toolkit };
    });
    loaded.set(slug, promise);
  }
  return promise;
}

/**
 * The article's reading content, drawn only where the page is rendered to HTML (see ArticleContent,
 * which requires this module on the server only): none of it is interactive, so none of it needs to
 * reach the browser a second time as React data.
 */
export function ArticleContentSections({ slug, part }: { slug: string; part: ArticleContentPart }) {
  const { site, article, toolkit } = use(loadArticle(slug));
  if (part === "end") {
    return (
      <div id={articleContentId(part)} className="space-y-6">
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
      </div>
    );
  }
  const topic = findTopic(site, article.topic)!;
  const url = absoluteUrl(SITE_INFO.url, articlePath(article.slug));
  return (
    <div id={articleContentId(part)} className="space-y-6">
      <JsonLd data={[articleJsonLd(SITE_INFO, article), faqPageJsonLd(article), breadcrumbJsonLd(SITE_INFO, topic, article)]} />
      <TableOfContents headings={article.headings} />
      <ArticleBody html={article.html} />
      <RelatedTools tools={toolsForArticle(toolkit, article)} />
      <FaqBlock faq={article.faq} citationHref={citationResolver(site.laws, "footnote")} />
      {/* Sources and the legal note belong to the article itself, so they come before the readers' part. */}
      <SourcesList sources={article.sources} citationHref={citationResolver(site.laws, "page")} />
      <LawFootnotes refs={article.lawRefs} laws={site.laws} />
      <ArticleUpdates updates={updatesForArticle(site, article.slug)} />
      <LegalNote reviewed={article.reviewed} />
      <PrintedAddress url={url} qrSrc={`${articlePath(article.slug)}/qr.svg`} reviewed={article.reviewed} />
    </div>
  );
}
