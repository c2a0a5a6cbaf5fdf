import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { SearchForm } from "@/components/SearchForm";
import { getSite } from "@/content";

export const metadata: Metadata = { title: "搜索", robots: { index: false } };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 200);
  const site = await getSite();
  const terms = query.split(/\s+/).filter(Boolean);
  const results = terms.length
    ? site.articles.filter((article) => {
        const text = [article.title, article.summary, ...article.sections.map((s) => s.text)].join("\n");
        return terms.every((term) => text.includes(term));
      })
    : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">搜索</h1>
      <SearchForm defaultValue={query} />
      {query && <p className="text-slate-700">“{query}”：找到 {results.length} 篇文章</p>}
      <ArticleList articles={results} />
    </div>
  );
}
