import type { Article } from "@/content";

/** Inline "详见" links to the articles that explain a step or a channel. */
export function ArticleLinks({ slugs, articles }: { slugs: string[]; articles: Article[] }) {
  const found = slugs.map((slug) => articles.find((a) => a.slug === slug)).filter((a): a is Article => a !== undefined);
  if (found.length === 0) return null;
  return (
    <p className="mt-1 text-sm">
      详见：
      {found.map((article, index) => (
        <span key={article.slug}>
          {index > 0 && "；"}
          <a href={`/articles/${article.slug}`} className="text-brand-700 underline">
            {article.title}
          </a>
        </span>
      ))}
    </p>
  );
}
