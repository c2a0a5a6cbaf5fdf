import type { Toolkit } from "./load";

export interface RelatedToolLink {
  href: string;
  name: string;
  summary: string;
}

/** Tools and letter templates that belong to an article, by its slug first, then by its topic. */
export function toolsForArticle(toolkit: Toolkit, article: { slug: string; topic: string }, limit = 3): RelatedToolLink[] {
  const bySlug = toolkit.tools.filter((tool) => tool.articles.includes(article.slug));
  const letters = toolkit.templates
    .filter((template) => template.articles.includes(article.slug))
    .map((template) => ({ href: `/tools/letters/${template.slug}`, name: `文书模板：${template.title}`, summary: template.summary }));
  const byTopic = toolkit.tools.filter((tool) => !bySlug.includes(tool) && tool.topics.includes(article.topic));
  return [...bySlug, ...letters, ...byTopic].slice(0, limit).map(({ href, name, summary }) => ({ href, name, summary }));
}
