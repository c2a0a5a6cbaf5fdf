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

/** A query whose answer is one of `slugs` (the first is the best). */
export interface RankedQuery {
  q: string;
  slugs: string[];
}

export interface RankingReport {
  count: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank of the first right result within the first 10 (0 when none). */
  mrr: number;
  notFirst: { q: string; rank: number; top3: string[] }[];
  /**
   * Queries whose first result is on another topic than every right answer (content/topics.json): the reader asked
   * about negotiating and got the lawsuit article. A right article first is never a wrong topic.
   */
  wrongTopic: { q: string; first: string; firstTopic: string; rightTopics: string[] }[];
}

/**
 * top-1, top-3 and MRR over both kinds of query: a shared query's result is right when it contains all its
 * `must` groups (as in measureRecall), one of ours when it is one of its `slugs`.
 */
export function measureRanking(site: Site, searcher: Searcher, shared: RelevanceQuery[], own: RankedQuery[]): RankingReport {
  const textOf = new Map(
    site.articles.map((article) => [
      article.slug,
      foldText([article.title, article.summary, ...article.sections.map((s) => `${s.heading ?? ""}\n${s.text}`), ...article.faq.map((f) => `${f.q}\n${f.a}`)].join("\n"), searcher.t2s),
    ]),
  );
  const all: { q: string; right: (slug: string) => boolean }[] = [
    ...shared.map((query) => ({ q: query.q, right: (slug: string) => query.must.every((group) => group.some((word) => textOf.get(slug)!.includes(foldText(word, searcher.t2s)))) })),
    ...own.map((query) => ({ q: query.q, right: (slug: string) => query.slugs.includes(slug) })),
  ];
  const topicOf = new Map(site.articles.map((article) => [article.slug, article.topic]));
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  const notFirst: RankingReport["notFirst"] = [];
  const wrongTopic: RankingReport["wrongTopic"] = [];
  for (const query of all) {
    const slugs = searcher.search(query.q, 10).map((result) => result.slug);
    const at = slugs.findIndex(query.right);
    const rightTopics = [...new Set(site.articles.filter((article) => query.right(article.slug)).map((article) => article.topic))];
    if (slugs.length > 0 && !rightTopics.includes(topicOf.get(slugs[0])!)) wrongTopic.push({ q: query.q, first: slugs[0], firstTopic: topicOf.get(slugs[0])!, rightTopics });
    if (at === 0) top1++;
    else notFirst.push({ q: query.q, rank: at + 1, top3: slugs.slice(0, 3) });
    if (at >= 0 && at < 3) top3++;
    if (at >= 0) reciprocal += 1 / (at + 1);
  }
  const count = all.length;
  return { count, top1: top1 / count, top3: top3 / count, mrr: reciprocal / count, notFirst, wrongTopic };
}
