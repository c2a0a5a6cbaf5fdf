import { lawArticleHref, lawPagePath, type Article, type LawInstrument, type Topic } from "@/content";
import type { SiteInfo } from "./site-info";
import { absoluteUrl, articlePath, shareImagePath, topicPath } from "./urls";

/** A schema.org JSON-LD object (https://schema.org), ready for JSON.stringify. */
export type JsonLd = { "@context": "https://schema.org"; "@type": string } & Record<string, unknown>;

function publisher(site: SiteInfo) {
  return { "@type": "Organization", name: site.name, url: absoluteUrl(site.url, "/") };
}

/** `Article`: headline and summary, dateModified = the last legal review (`reviewed`). */
export function articleJsonLd(site: SiteInfo, article: Article): JsonLd {
  const url = absoluteUrl(site.url, articlePath(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.summary,
    inLanguage: "zh-CN",
    dateModified: article.reviewed,
    mainEntityOfPage: url,
    url,
    image: absoluteUrl(site.url, shareImagePath(articlePath(article.slug))),
    keywords: article.tags.join(","),
    author: publisher(site),
    publisher: publisher(site),
  };
}

/** `FAQPage` from the article's FAQ; none when the article has no FAQ (an empty FAQPage is invalid). */
export function faqPageJsonLd(article: Article): JsonLd | undefined {
  if (article.faq.length === 0) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: article.faq.map((entry) => ({
      "@type": "Question",
      name: entry.q,
      acceptedAnswer: { "@type": "Answer", text: entry.a },
    })),
  };
}

/** `BreadcrumbList` 首页 › topic › article, the same trail the page shows. */
export function breadcrumbJsonLd(site: SiteInfo, topic: Topic, article?: Article): JsonLd {
  const trail = [
    { name: "首页", path: "/" },
    { name: topic.name, path: topicPath(topic.id) },
    ...(article ? [{ name: article.title, path: articlePath(article.slug) }] : []),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site.url, crumb.path),
    })),
  };
}

/** `WebSite` with a `SearchAction`, so search engines can offer the site's own /search?q=. */
export function websiteJsonLd(site: SiteInfo): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    description: site.tagline,
    inLanguage: "zh-CN",
    url: absoluteUrl(site.url, "/"),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(site.url, "/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" is escaped so text such
 * as "</script>" in a title or FAQ answer cannot close the script element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/**
 * `Legislation` (schema.org) for a law page: the instrument, its version and force, who passed it, the
 * official source, and each quoted article as a `LegislationObject` part at its own anchor.
 */
export function legislationJsonLd(site: SiteInfo, law: LawInstrument): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    name: law.name,
    alternateName: law.shortName,
    inLanguage: "zh-CN",
    url: absoluteUrl(site.url, lawPagePath(law.slug)),
    sameAs: law.source,
    legislationPassedBy: { "@type": "Organization", name: law.issuer },
    ...(law.published ? { legislationDate: law.published } : {}),
    ...(law.inForce ? { legislationLegalForce: "InForce", temporalCoverage: `${law.inForce}/..` } : {}),
    hasPart: law.articles.map((article) => ({
      "@type": "Legislation",
      name: `${law.shortName}${article.label}`,
      url: absoluteUrl(site.url, lawArticleHref(law.slug, article.key)),
      ...(law.textFrom === "none" ? {} : { text: article.paragraphs.join("\n") }),
    })),
  };
}
