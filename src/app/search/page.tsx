import type { Metadata } from "next";
import { SearchClickReporter } from "@/components/counts/SearchClickReporter";
import { SearchLogBeacon } from "@/components/counts/SearchLogBeacon";
import { SearchEmptyState } from "@/components/SearchEmptyState";
import { SearchForm } from "@/components/SearchForm";
import { SearchResultList } from "@/components/SearchResultList";
import { topicsNearest } from "@/content";
import { getPopularArticles } from "@/counts";
import { MAX_QUERY_LENGTH, cleanQuery } from "@/search";
import { getSiteSearch } from "@/search/node";

export const metadata: Metadata = { title: "搜索" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const typed = Array.isArray(raw) ? raw[0] ?? "" : raw ?? "";
  const query = cleanQuery(typed);
  const { searcher, site } = await getSiteSearch();
  const results = query ? searcher.search(query, 20) : [];
  // "民法典1033条": the quoted article itself, above the articles that cite it.
  const lawMatch = query ? searcher.lawMatch(query) : undefined;
  // Most-read articles of the last 30 days; the editors' list until there is data.
  const popular = results.length ? [] : (await getPopularArticles({ limit: 5 })).articles.map(({ title, href }) => ({ title, href }));
  // No article answers it: the nearest ones are still offered, marked as such, never as results.
  const closest = query && results.length === 0 ? searcher.closest(query, 3) : [];
  const topics = closest.length ? topicsNearest(site, closest.map((result) => result.slug)) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">搜索</h1>
      <SearchForm defaultValue={query} />
      {[...typed.trim()].length > MAX_QUERY_LENGTH && (
        <p className="text-sm text-slate-700">搜索词太长，只用了前 {MAX_QUERY_LENGTH} 个字。</p>
      )}
      {query && results.length > 0 && (
        <p className="text-slate-700" role="status">
          “{query}”：找到 {results.length} 篇文章
        </p>
      )}
      {query && results.length === 0 && (
        <p className="text-slate-700" role="status">
          没有找到回答“{query}”的文章：这个网站可能没有讲这个问题。换个说法试试，比如“紧急联系人”“征信”“投诉”，或者看看下面这些。
        </p>
      )}
      {closest.length > 0 && (
        <section aria-labelledby="closest-topics" className="space-y-2">
          <h2 id="closest-topics" className="font-semibold">
            最接近的话题
          </h2>
          <ul className="flex flex-wrap gap-2">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={`/topics/${topic.id}`} className="inline-block rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
                  {topic.name}
                </a>
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">离这个问题最近的几篇（不一定回答它）：</p>
          <ul className="list-disc pl-5">
            {closest.map((result) => (
              <li key={result.slug}>
                <a href={`/articles/${result.slug}`} className="text-brand-700 underline">
                  {result.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lawMatch && (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-3">
          <span className="text-sm text-slate-600">法条原文：</span>
          <a href={lawMatch.url} className="font-semibold text-brand-700 underline">
            {lawMatch.title}
          </a>
          <span className="text-sm text-slate-600">（下面先列出引用这一条的文章）</span>
        </p>
      )}
      {query && <SearchLogBeacon query={query} event={results.length ? "results" : "zero"} />}
      {results.length > 0 ? (
        <SearchClickReporter query={query}>
          <SearchResultList results={results} />
        </SearchClickReporter>
      ) : (
        <SearchEmptyState popular={popular} />
      )}
    </div>
  );
}
