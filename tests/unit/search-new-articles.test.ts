import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Searcher } from "../../src/search";
import { buildSearchIndex, loadLexicon } from "../../src/search/node";
import { loadRealSite } from "../helpers/real-site";

const { queries } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/new-article-queries.json"), "utf8")) as {
  queries: { q: string; slug: string }[];
};

describe("the articles added in 2026-11 are found by how readers ask", () => {
  it("each reader question has its article in the top 3", async () => {
    const site = await loadRealSite();
    const searcher = new Searcher(buildSearchIndex(site, loadLexicon(path.resolve(__dirname, "../../content"))));
    const misses: string[] = [];
    let first = 0;
    for (const { q, slug } of queries) {
      expect(site.articles.some((a) => a.slug === slug), slug).toBe(true);
      const top3 = searcher.search(q, 3).map((result) => result.slug);
      if (top3[0] === slug) first++;
      if (!top3.includes(slug)) misses.push(`"${q}" → ${slug}; top 3: ${top3.join(", ")}`);
    }
    console.log(`new-article queries: top-1 ${first}/${queries.length}, top-3 ${queries.length - misses.length}/${queries.length}`);
    expect(misses).toEqual([]);
  });
});
