import path from "node:path";
import { describe, expect, it } from "vitest";
import { Searcher } from "../../src/search";
import { buildSearchIndex, loadLexicon } from "../../src/search/node";
import { loadRealSite } from "../helpers/real-site";
import { QUERIES_FILE, measureRecall, readQueries } from "../helpers/relevance";

const queries = readQueries();
if (!queries) console.warn(`\n!!! 搜索相关性测试已跳过：找不到 ${QUERIES_FILE}（../shared/search/queries.json）。!!!\n`);

describe.skipIf(!queries)("search relevance on the real content", () => {
  it("recall@3 ≥ 0.9 over ../shared/search/queries.json", async () => {
    const site = await loadRealSite();
    const searcher = new Searcher(buildSearchIndex(site, loadLexicon(path.resolve(__dirname, "../../content"))));
    const report = measureRecall(site, searcher, queries!);
    console.log(`recall@3 = ${report.recallAt3.toFixed(3)} (${queries!.length - report.misses.length}/${queries!.length})`);
    for (const miss of report.misses) console.log(`  miss: "${miss.q}" needs ${JSON.stringify(miss.must)}; top 3: ${miss.top3.join(", ") || "(none)"}`);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.9);
  });
});
