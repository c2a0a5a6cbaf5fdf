import type { Article } from "@/content";

export function ArticleList({ articles, numbered = false }: { articles: Article[]; numbered?: boolean }) {
  const ListTag = numbered ? "ol" : "ul";
  return (
    <ListTag className="divide-y divide-slate-200">
      {articles.map((article, index) => (
        <li key={article.slug} className="py-3">
          <a href={`/articles/${article.slug}`} className="text-lg font-semibold text-brand-700 hover:underline">
            {numbered && <span className="mr-2 text-slate-600">{index + 1}.</span>}
            {article.title}
          </a>
          <p className="mt-1 text-slate-700">{article.summary}</p>
        </li>
      ))}
    </ListTag>
  );
}
