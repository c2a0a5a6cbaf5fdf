import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Site } from "../../src/content";
import { analyze, Searcher } from "../../src/search";
import { snippet } from "../../src/search/engine";
import { decodeNumbers, encodeNumbers, expandIndex, guessAnchor } from "../../src/search/format";
import { buildSearchIndex, FIELD_BOOST, loadLexicon, serializeIndex, traditionalToSimplifiedTable } from "../../src/search/node";
import type { SearchIndexData } from "../../src/search";
import { loadRealSite } from "../helpers/real-site";
import { makeContent } from "../helpers/content-fixture";
import { loadSite } from "../../src/content/load";
import { fixtureSearch, TEST_LEXICON } from "../helpers/search-fixture";

/**
 * The straightforward index the compact format must reproduce: every unit's fields tokenized
 * in Node (segmenter words included), weighted counts per token, units with their anchors.
 */
function referenceTables(site: Site) {
  const t2s = traditionalToSimplifiedTable();
  const postings = new Map<string, number[]>();
  const units: { a: number; kind: string; text: string; len: number; anchor?: string; label?: string }[] = [];
  const add = (a: number, kind: string, fields: [string, number][], text: string, anchor?: string, label?: string) => {
    const weights = new Map<string, number>();
    let len = 0;
    for (const [fieldText, boost] of fields) {
      for (const token of analyze(fieldText, t2s)) {
        weights.set(token, (weights.get(token) ?? 0) + boost);
        len++;
      }
    }
    for (const [token, weight] of weights) postings.set(token, [...(postings.get(token) ?? []), units.length, Math.round(weight * 10)]);
    units.push({ a, kind, text, len, ...(anchor ? { anchor } : {}), ...(label ? { label } : {}) });
  };
  site.articles.forEach((article, a) => {
    add(a, "head", [[article.title, FIELD_BOOST.title], [article.summary, FIELD_BOOST.summary], [article.tags.join("，"), FIELD_BOOST.tags]], article.summary);
    for (const s of article.sections) {
      if (s.headingId) add(a, "section", [[s.text, FIELD_BOOST.body], ...(s.heading ? [[s.heading, FIELD_BOOST.heading] as [string, number]] : [])], s.text, s.headingId, s.heading ?? undefined);
      else add(a, "intro", [[s.text, FIELD_BOOST.body]], s.text);
    }
    for (const f of article.faq) add(a, "faq", [[f.q, FIELD_BOOST.faqQuestion], [f.a, FIELD_BOOST.faqAnswer]], f.a, f.id, f.q);
  });
  return { postings, units };
}

function expectSameTables(site: Site, data: SearchIndexData) {
  const expanded = expandIndex(JSON.parse(serializeIndex(data).json));
  const reference = referenceTables(site);
  expect(expanded.units).toEqual(reference.units);
  expect(expanded.postings.size).toBe(reference.postings.size);
  for (const [token, flat] of reference.postings) expect(expanded.postings.get(token), token).toEqual(flat);
}

describe("search index format 2", () => {
  it("expands to exactly the postings, lengths and anchors of a full Node tokenization (fixture)", async () => {
    const fixture = await fixtureSearch();
    expectSameTables(fixture.site, fixture.data);
  });

  it("expands to exactly the full tokenization for the real content, and ships anchors only where the guess is wrong", async () => {
    const site = await loadRealSite();
    const data = buildSearchIndex(site, loadLexicon(path.resolve(__dirname, "../../content")));
    expectSameTables(site, data);
    const shipped = data.units.anchors.filter(Boolean).length;
    expect(shipped).toBeLessThan(data.units.anchors.length / 4);
  });

  it("keeps pinyin keys full or initials as built", async () => {
    const { searcher } = await fixtureSearch();
    expect(searcher.index.fullPinyinKeys.has("zhengxin")).toBe(true);
    expect(searcher.index.pinyin.get("zhengxin")).toContain("征信");
    expect(searcher.index.pinyin.get("jjlxr")).toContain("紧急联系人");
    expect(searcher.index.fullPinyinKeys.has("jjlxr")).toBe(false);
    expect(searcher.index.charSyllables.get("行")).toEqual(expect.arrayContaining(["hang", "xing"]));
  });

  it("encodes number lists in base 36 and guesses github-slugger anchors", () => {
    const numbers = [0, 9, 10, 35, 36, 1295, 123456];
    expect(encodeNumbers(numbers)).toBe("0,9,a,z,10,zz,2n9c");
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    expect(decodeNumbers("")).toEqual([]);
    expect(guessAnchor("section", "借呗逾期会上征信吗？")).toBe("借呗逾期会上征信吗");
    expect(guessAnchor("faq", "What is 12378?")).toBe("faq-what-is-12378");
  });

  it("refuses an index of another format version with a Chinese message", async () => {
    const { data } = await fixtureSearch();
    expect(() => new Searcher({ ...data, version: 1 } as unknown as SearchIndexData)).toThrow(/搜索索引格式不对/);
  });
});

describe("snippets from a table", () => {
  const t2s = traditionalToSimplifiedTable();
  const prose = "逾期以后会发生什么，和你的合同、平台、金额都有关系，下面按时间列出常见的情况，具体以你的合同和平台的通知为准，拿不准时先问平台客服。";
  const table = ["逾期时间｜会发生什么｜你可以做什么", "逾期 1–30 天｜短信电话提醒，开始计罚息｜尽快还上，或者主动联系平台", "逾期 90 天以后｜可能被起诉｜协商分期，留好记录"];

  it("shows the matching row with its cells separated and labelled by their column's header", () => {
    expect(snippet([prose, ...table].join("\n"), ["起诉"], t2s)).toBe("逾期 90 天以后｜会发生什么：可能被起诉｜你可以做什么：协商分期，留好记录");
    expect(snippet([prose, ...table].join("\n"), ["罚息"], t2s)).toBe("逾期 1–30 天｜会发生什么：短信电话提醒，开始计罚息｜你可以做什么：尽快还上，或者主动联系平台");
  });

  it("shows the header row with the rows that fit after it, and a long row as a window of separated cells", () => {
    expect(snippet([prose, ...table].join("\n"), ["做什么"], t2s)).toBe(table.join("；"));
    const long = `合同${"很长的说明".repeat(12)}｜按合同约定的罚息利率计算｜${"再说一遍".repeat(10)}`;
    const shown = snippet(["甲｜乙｜丙", long].join("\n"), ["罚息"], t2s);
    expect(shown).toContain("｜按合同约定的罚息利率计算｜");
    expect([...shown.replace(/…/g, "")].length).toBeLessThanOrEqual(90);
  });

  it("reaches the header box and /search through the Searcher: a table row, not cells run together", async () => {
    const { root, contentDir } = makeContent({
      "overdue-table": {
        data: { title: "逾期后会发生什么？", summary: "按时间看。", tags: ["逾期"] },
        body: `${prose}\n\n## 什么时候会被起诉\n\n${prose}\n\n| 逾期时间 | 会发生什么 | 你可以做什么 |\n|---|---|---|\n| 逾期 1–30 天 | 短信电话提醒，开始计罚息 | 尽快还上，或者主动联系平台 |\n| 逾期 90 天以后 | 可能被起诉 | 协商分期，留好记录 |\n`,
      },
      other: { data: { title: "怎么整理证据", summary: "截图、录音。", tags: ["证据"] }, body: "保存通话录音和截图。\n" },
    });
    const searcher = new Searcher(buildSearchIndex(await loadSite({ contentDir, rootDir: root }), TEST_LEXICON));
    const [first] = searcher.search("被起诉", 1);
    const shown = first.snippetParts.map((part) => part.text).join("");
    expect(shown).toBe("逾期 90 天以后｜会发生什么：可能被起诉｜你可以做什么：协商分期，留好记录");
    expect(first.snippetParts.some((part) => part.hit && part.text.includes("起诉"))).toBe(true);
  });
});
