import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadSite, renderMarkdown } from "@/content";
import { statuteArticles } from "@/law";
import { loadRealSite } from "../helpers/real-site";
import { makeContent } from "../helpers/content-fixture";

const sharedLaw = path.resolve(__dirname, "../../../shared/law");
const haveShared = fs.existsSync(sharedLaw);
if (!haveShared) console.warn(`\n!!! 法条原文核对已跳过：找不到 ${sharedLaw}（../shared/law）。content/law 里的引文没有和官方文本比对。!!!\n`);

const squash = (text: string) => text.replace(/[\s　]+/g, "");

describe.skipIf(!haveShared)("content/law quotes the official texts exactly", () => {
  it("every article of a textFrom: shared file equals ../shared/law, ignoring whitespace", async () => {
    const site = await loadRealSite();
    let compared = 0;
    const differences: string[] = [];
    for (const law of site.laws.instruments.filter((instrument) => instrument.textFrom === "shared")) {
      expect(law.sharedTexts.length, law.file).toBeGreaterThan(0);
      const official = new Map<string, string[]>();
      for (const file of law.sharedTexts) {
        for (const [key, paragraphs] of statuteArticles(fs.readFileSync(path.join(sharedLaw, file), "utf8"))) official.set(key, paragraphs);
      }
      for (const article of law.articles) {
        const expected = official.get(article.key);
        if (!expected) differences.push(`${law.file} ${article.label}: 官方文本里没有这一条`);
        else if (squash(expected.join("")) !== squash(article.paragraphs.join(""))) differences.push(`${law.file} ${article.label}: 与官方文本不一致`);
        compared++;
      }
    }
    console.log(`compared ${compared} quoted articles with ../shared/law`);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it("the comparison catches a changed character", () => {
    const text = fs.readFileSync(path.join(sharedLaw, "民法典-人格权编.md"), "utf8");
    const official = statuteArticles(text).get("1033")!.join("");
    expect(squash(official.replace("侵扰", "打扰"))).not.toBe(squash(official));
  });
});

describe("citations link to the quoted text", () => {
  it("every numbered citation in the real content resolves to a quoted article (the loader would fail otherwise)", async () => {
    const site = await loadRealSite();
    const refs = site.articles.flatMap((article) => article.lawRefs);
    expect(refs.length).toBeGreaterThan(150);
    for (const ref of refs) {
      const law = site.laws.instruments.find((instrument) => instrument.slug === ref.slug)!;
      expect(law.articles.some((article) => article.key === ref.key), `${ref.slug}#${ref.key}`).toBe(true);
    }
    const article = site.articles.find((a) => a.slug === "what-is-emergency-contact")!;
    expect(article.html).toContain('<a href="#law-minfadian-1033" class="law-cite">');
  });

  it("a citation of an article that content/law does not quote fails the load, naming file and line", async () => {
    const { root, contentDir } = makeContent({
      one: { body: "第一段。\n\n见《民法典》第一千零三十三条，又见《民法典》第一千零三十四条。\n" },
    });
    fs.mkdirSync(path.join(contentDir, "law"));
    fs.writeFileSync(
      path.join(contentDir, "laws.json"),
      JSON.stringify({ instruments: [{ name: "中华人民共和国民法典", aliases: ["民法典"], articles: 1260 }] }),
    );
    fs.writeFileSync(
      path.join(contentDir, "law", "minfadian.md"),
      "---\ninstrument: 中华人民共和国民法典\nshortName: 民法典\nissuer: 全国人民代表大会\nversion: 2020年通过\nsource: https://flk.npc.gov.cn/\nsourceName: 国家法律法规数据库\ntextFrom: shared\n---\n\n## 第一千零三十三条\n\n除法律另有规定外……\n",
    );
    try {
      await loadSite({ contentDir, rootDir: root });
      throw new Error("expected a ContentError");
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const issues = (error as ContentError).issues.map((issue) => issue.toString());
      expect(issues).toHaveLength(1);
      expect(issues[0]).toContain("content/articles/one.md › 正文（第");
      expect(issues[0]).toContain("第一千零三十四条 没有收录在 content/law/minfadian.md");
    }
  });

  it("renders the first article with the instrument's name as one link, later list items as their own links", async () => {
    const { html } = await renderMarkdown("见《民法典》第六百八十一条、第六百八十五条。", {
      citationHref: (instrument, key) => (instrument === "民法典" ? `#law-minfadian-${key}` : undefined),
    });
    expect(html).toContain('<a href="#law-minfadian-681" class="law-cite">《民法典》第六百八十一条</a>、<a href="#law-minfadian-685" class="law-cite">第六百八十五条</a>');
    const { html: plain } = await renderMarkdown("见《刑法》第三条。", { citationHref: () => undefined });
    expect(plain).not.toContain("<a");
  });
});
