import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLawQuery } from "@/law";
import { Searcher } from "../../src/search";
import { buildSearchIndex, loadLexicon } from "../../src/search/node";
import { loadRealSite } from "../helpers/real-site";

describe("law queries", () => {
  const targets = [
    { slug: "minfadian", names: ["中华人民共和国民法典", "民法典"], keys: ["1033", "681"] },
    { slug: "xingfa", names: ["中华人民共和国刑法", "刑法"], keys: ["293-1", "313"] },
    { slug: "minsufa-jieshi", names: ["民诉法解释"], keys: ["275"] },
    { slug: "minshi-susongfa", names: ["民事诉讼法"], keys: ["165"] },
  ];

  it("reads an instrument name followed by an article number in any common form", () => {
    expect(parseLawQuery("民法典1033条", targets)).toEqual({ slug: "minfadian", key: "1033" });
    expect(parseLawQuery("民法典 第一千零三十三条", targets)).toEqual({ slug: "minfadian", key: "1033" });
    expect(parseLawQuery("《中华人民共和国民法典》第1033条说了什么", targets)).toEqual({ slug: "minfadian", key: "1033" });
    expect(parseLawQuery("刑法293条之一", targets)).toEqual({ slug: "xingfa", key: "293-1" });
    expect(parseLawQuery("刑法第二百九十三条之一", targets)).toEqual({ slug: "xingfa", key: "293-1" });
    expect(parseLawQuery("民诉法解释275", targets)).toEqual({ slug: "minsufa-jieshi", key: "275" });
  });

  it("ignores ordinary questions, names without a number and articles the site does not quote", () => {
    expect(parseLawQuery("紧急联系人要还钱吗", targets)).toBeUndefined();
    expect(parseLawQuery("民法典规定紧急联系人要还钱吗", targets)).toBeUndefined();
    expect(parseLawQuery("民法典第一条", targets)).toBeUndefined();
  });

  it("on the real site: the law entry comes back and the citing articles lead the results", async () => {
    const site = await loadRealSite();
    const searcher = new Searcher(buildSearchIndex(site, loadLexicon(path.resolve(__dirname, "../../content"))));
    for (const query of ["民法典1033条", "个人信息保护法第十三条", "刑法293条之一"]) {
      const match = searcher.lawMatch(query);
      expect(match, query).toBeDefined();
      expect(match!.citing.length, query).toBeGreaterThan(0);
      const top = searcher.search(query, 5).map((result) => result.slug);
      expect(match!.citing, query).toContain(top[0]);
    }
    expect(searcher.lawMatch("民法典1033条")!.url).toBe("/law/minfadian#1033");
    expect(searcher.lawMatch("民法典1033条")!.title).toBe("《民法典》第一千零三十三条");
    // Ordinary questions are untouched.
    expect(searcher.lawMatch("紧急联系人要替我还钱吗")).toBeUndefined();
  });
});
