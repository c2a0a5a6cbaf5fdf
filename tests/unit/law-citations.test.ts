import { describe, expect, it } from "vitest";
import { articleLabel, citedKeys, findCitations, parseArticleNumber, statuteArticles } from "@/law";

const keysIn = (text: string) => findCitations(text).map((c) => [c.instrument, citedKeys(c)]);

describe("citation parsing: every form an article writes", () => {
  it("one article, in 汉字 and in Arabic digits, with the exact label and offsets", () => {
    const text = "见《民法典》第一千零三十三条。又见《民法典》第1033条。";
    const [first, second] = findCitations(text);
    expect(first.articles[0]).toMatchObject({ label: "第一千零三十三条", number: 1033, suffix: 0 });
    expect(text.slice(first.articles[0].start, first.articles[0].end)).toBe("第一千零三十三条");
    expect(text.slice(first.index, first.nameEnd)).toBe("《民法典》");
    expect(second.articles[0]).toMatchObject({ label: "第1033条", number: 1033 });
  });

  it("之一, 款 and 项", () => {
    expect(keysIn("《刑法》第二百九十三条之一")).toEqual([["刑法", ["293-1"]]]);
    const [citation] = findCitations("《治安管理处罚法》第五十条第一款第（五）项规定");
    expect(citation.articles[0]).toMatchObject({ number: 50, clause: 1, item: 5, label: "第五十条第一款第（五）项" });
    expect(keysIn("《民事诉讼法》第一百六十九条第二款")).toEqual([["民事诉讼法", ["169"]]]);
  });

  it("lists and ranges, ranges expanded", () => {
    expect(keysIn("《民法典》第六百八十一条、第六百八十五条")).toEqual([["民法典", ["681", "685"]]]);
    expect(keysIn("《个人信息保护法》第四十四条–第四十七条")).toEqual([["个人信息保护法", ["44", "45", "46", "47"]]]);
    expect(keysIn("《个人信息保护法》第四十四条至第四十七条")).toEqual([["个人信息保护法", ["44", "45", "46", "47"]]]);
    expect(keysIn("《民法典》第五百四十五–五百四十六条")).toEqual([["民法典", ["545", "546"]]]);
    expect(keysIn("《民事诉讼法》第二百二十五条至第二百二十八条和第九十五条")).toEqual([["民事诉讼法", ["225", "226", "227", "228", "95"]]]);
  });

  it("nested titles with 〈〉, and a name with no article", () => {
    expect(keysIn("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百七十五条")).toEqual([
      ["最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释", ["275"]],
    ]);
    expect(keysIn("《网络安全法》规定")).toEqual([["网络安全法", []]]);
  });

  it("numbers and labels both ways", () => {
    expect(parseArticleNumber("一千零三十三")).toBe(1033);
    expect(parseArticleNumber("1033")).toBe(1033);
    for (const n of [1, 10, 13, 20, 101, 110, 293, 1000, 1033, 1064, 1161, 1260]) {
      const [{ articles }] = findCitations(`《民法典》${articleLabel(String(n))}`);
      expect(articles[0].number, String(n)).toBe(n);
    }
    expect(articleLabel("293-1")).toBe("第二百九十三条之一");
    expect(articleLabel("13")).toBe("第十三条");
    expect(articleLabel("110")).toBe("第一百一十条");
  });
});

describe("official text splitting", () => {
  it("splits into articles, paragraphs kept, headings end an article", () => {
    const text = "## 第一章\n\n第一条 为了保护。\n\n第二条 第一段。\n\n第二段。\n\n## 第二章\n\n说明文字\n\n第二条之一 新增。\n";
    const articles = statuteArticles(text);
    expect([...articles.keys()]).toEqual(["1", "2", "2-1"]);
    expect(articles.get("2")).toEqual(["第一段。", "第二段。"]);
  });
});
