import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFinding, lintSite, loadLintContext, staleReviewWarnings } from "@/content/lint";
import { todayInChina } from "@/content";
import { foldText } from "@/search";
import { traditionalToSimplifiedTable } from "@/search/node";
import { loadRealSite } from "../helpers/real-site";

const root = path.resolve(__dirname, "../..");

describe("content lint over the real content/", () => {
  it("finds no problem in any article", async () => {
    const site = await loadRealSite(); // schema, topics, related and internal links are checked here
    // Myths are matched after the same 繁→简 folding search uses.
    const t2s = traditionalToSimplifiedTable();
    const { context, skipped } = loadLintContext({
      contentDir: path.join(root, "content"),
      sharedDir: path.resolve(root, "../shared"),
      fold: (text) => foldText(text, t2s),
    });
    for (const reason of skipped) console.warn(`\n!!! 内容检查有一部分被跳过：${reason}\n`);
    // Stale reviews are warnings: printed for editors, never a failure.
    for (const warning of staleReviewWarnings(site, todayInChina())) console.warn(`提醒：${formatFinding(warning)}`);
    const findings = lintSite(site, context);
    if (findings.length) console.error(`内容检查发现 ${findings.length} 处问题：\n${findings.map(formatFinding).join("\n")}`);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it("covers the article set the site promises: ≥44 articles, ≥10 per topic, ≥150 FAQ entries, ≥3 in each article", async () => {
    const site = await loadRealSite();
    expect(site.articles.length).toBeGreaterThanOrEqual(44);
    for (const topic of site.topics) {
      expect(site.articles.filter((a) => a.topic === topic.id).length, topic.id).toBeGreaterThanOrEqual(10);
    }
    expect(site.articles.reduce((sum, a) => sum + a.faq.length, 0)).toBeGreaterThanOrEqual(150);
    for (const article of site.articles) expect(article.faq.length, article.slug).toBeGreaterThanOrEqual(3);
  });
});
