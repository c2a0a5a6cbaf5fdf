import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Site } from "../../src/content";
import { analyze, Searcher } from "../../src/search";
import { decodeNumbers, encodeNumbers, expandIndex, guessAnchor } from "../../src/search/format";
import { buildSearchIndex, FIELD_BOOST, loadLexicon, serializeIndex, traditionalToSimplifiedTable } from "../../src/search/node";
import type { SearchIndexData } from "../../src/search";
import { loadRealSite } from "../helpers/real-site";
import { fixtureSearch } from "../helpers/search-fixture";

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
