import fs from "node:fs";
import path from "node:path";
import type { Site } from "../../src/content";
import { foldText, type Searcher } from "../../src/search";

/** ../shared/search/queries.json, relative to the repository root. */
export const REPO_ROOT = path.resolve(__dirname, "../..");
export const QUERIES_FILE = path.resolve(REPO_ROOT, "../shared/search/queries.json");

export interface RelevanceQuery {
  q: string;
  /** Every group must match; any word of a group is enough. */
  must: string[][];
}

export function readQueries(file = QUERIES_FILE): RelevanceQuery[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { queries: RelevanceQuery[] }).queries;
}

export interface RelevanceReport {
  recallAt3: number;
  misses: { q: string; must: string[][]; top3: string[] }[];
}

/** recall@3: a query counts when one of its first 3 results contains all `must` groups (title+summary+body+FAQ, folded). */
export function measureRecall(site: Site, searcher: Searcher, queries: RelevanceQuery[]): RelevanceReport {
  const textOf = new Map(
    site.articles.map((article) => [
      article.slug,
      foldText([article.title, article.summary, ...article.sections.map((s) => `${s.heading ?? ""}\n${s.text}`), ...article.faq.map((f) => `${f.q}\n${f.a}`)].join("\n"), searcher.t2s),
    ]),
  );
  const misses: RelevanceReport["misses"] = [];
  for (const query of queries) {
    const top3 = searcher.search(query.q, 3).map((result) => result.slug);
    const ok = top3.some((slug) => query.must.every((group) => group.some((word) => textOf.get(slug)!.includes(foldText(word, searcher.t2s)))));
    if (!ok) misses.push({ q: query.q, must: query.must, top3 });
  }
  return { recallAt3: queries.length ? (queries.length - misses.length) / queries.length : 0, misses };
}
