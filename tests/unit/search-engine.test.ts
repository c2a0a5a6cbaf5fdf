import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../src/content";
import { MAX_QUERY_LENGTH, Searcher, cleanQuery } from "../../src/search";
import { buildSearchIndex, loadLexicon, serializeIndex } from "../../src/search/node";
import { fixtureSearch, TEST_LEXICON } from "../helpers/search-fixture";

let fixture: Awaited<ReturnType<typeof fixtureSearch>>;
beforeAll(async () => {
  fixture = await fixtureSearch();
});

const top = (query: string) => fixture.searcher.search(query, 3).map((result) => result.slug);

describe("search ranking", () => {
  it("finds Chinese words inside unspaced queries", () => {
    expect(top("借呗逾期一天上征信吗")[0]).toBe("credit-report");
    expect(top("罚息怎么算")[0]).toBe("penalty-interest");
  });

  it("folds 繁体 and full-width input", () => {
    expect(top("罰息")[0]).toBe("penalty-interest");
    expect(top("１２３７８")[0]).toBe("address-book");
  });

  it("expands editor synonyms both ways", () => {
    // 逾期利息 appears only in the penalty article's body; the synonym 罚息 is in its title.
    const analyzed = fixture.searcher.analyzeQuery("逾期利息");
    expect(analyzed.tokens.map((t) => t.token)).toContain("罚息");
    expect(top("逾期利息")[0]).toBe("penalty-interest");
  });

  it("does not fire a synonym group for a word that is only part of a longer listed word", () => {
    // 联系人 (group with 通讯录) inside 紧急联系人 (a word of another group) must not bring in 通讯录.
    const lexicon = { ...TEST_LEXICON, synonyms: [...TEST_LEXICON.synonyms, ["紧急联系人", "紧急联络人"]] };
    return fixtureSearch(lexicon).then(({ searcher }) => {
      expect(searcher.analyzeQuery("紧急联系人").tokens.map((t) => t.token)).not.toContain("通讯");
      expect(searcher.analyzeQuery("联系人").tokens.map((t) => t.token)).toContain("通讯");
    });
  });

  it("weights question words (怎么办, 会不会, 可以吗) and synonym expansions below the topic words typed", () => {
    const weights = new Map(fixture.searcher.analyzeQuery("逾期利息怎么办会不会可以吗").tokens.map((t) => [t.token, t.weight]));
    expect(weights.get("逾期")).toBe(1);
    for (const asking of ["怎么", "么办", "会不", "不会", "可以", "以吗"]) expect(weights.get(asking), asking).toBeLessThan(0.5);
    // The bigram that straddles topic and question word (息怎) is no topic either.
    expect(weights.get("息怎")).toBeLessThan(0.5);
    expect(weights.get("罚息")).toBeLessThan(1);
    expect(weights.get("罚息")).toBeGreaterThan(weights.get("怎么")!);
  });

  it("counts a listed word as one part of the question and a bigram straddling its edge as filler", () => {
    const lexicon = { ...TEST_LEXICON, synonyms: [...TEST_LEXICON.synonyms, ["紧急联系人", "紧急联络人"]] };
    return fixtureSearch(lexicon).then(({ searcher }) => {
      const analyzed = searcher.analyzeQuery("紧急联系人平台");
      const byToken = new Map(analyzed.tokens.map((t) => [t.token, t]));
      // 紧急, 急联, 联系, 系人 are parts of one word: one source for coverage, and it is a whole word.
      const parts = ["紧急", "急联", "联系", "系人"].map((token) => byToken.get(token)!);
      expect(new Set(parts.map((t) => t.source)).size).toBe(1);
      expect(analyzed.wordSources.has(parts[0].source)).toBe(true);
      // 人平 is the last character of the word and the first of the next: filler, not a topic.
      expect(byToken.get("人平")!.weight).toBeLessThan(0.5);
      expect(byToken.get("平台")!.weight).toBe(1);
      expect(analyzed.sources).toBe(2);
    });
  });

  it("maps English core terms through the bilingual list", () => {
    expect(top("credit report")[0]).toBe("credit-report");
    expect(top("Credit Report")[0]).toBe("credit-report");
  });

  it("reads pinyin typed without an input method, with or without spaces", () => {
    expect(top("zhengxin")[0]).toBe("credit-report");
    expect(top("jinji lianxiren")[0]).toBe("emergency-contact");
    expect(top("jinjilianxiren")[0]).toBe("emergency-contact");
  });

  it("repairs a wrong homophone in a two-character word", () => {
    expect(fixture.searcher.analyzeQuery("正信").tokens.map((t) => t.token)).toContain("征信");
    expect(top("正信")[0]).toBe("credit-report");
    expect(top("罚习")[0]).toBe("penalty-interest");
  });

  it("links to the section or FAQ entry that matched, and marks the matched words", () => {
    const [first] = fixture.searcher.search("借呗会上征信吗", 1);
    expect(first.url).toBe("/articles/credit-report#借呗逾期会上征信吗");
    const faq = fixture.searcher.search("征信记录保留几年", 1)[0];
    expect(faq.url).toMatch(/^\/articles\/credit-report#faq-/);
    expect(faq.titleParts.filter((p) => p.hit).map((p) => p.text).join("")).toContain("征信");
    expect(faq.snippetParts.some((p) => p.hit)).toBe(true);
  });

  it("returns nothing, without throwing, for empty, emoji-only or markup queries", () => {
    expect(fixture.searcher.search("")).toEqual([]);
    expect(fixture.searcher.search("😀😀😀")).toEqual([]);
    const markup = fixture.searcher.search("<script>alert(1)</script>");
    for (const result of markup) expect(result.titleParts.map((p) => p.text).join("")).toBe(result.title);
    expect(() => fixture.searcher.search("紧".repeat(500))).not.toThrow();
  });

  it("cleans raw query parameters", () => {
    expect(cleanQuery(undefined)).toBe("");
    expect(cleanQuery(["罚息", "x"])).toBe("罚息");
    expect(cleanQuery("  a\u0000b  ")).toBe("a b");
    expect([...cleanQuery("紧".repeat(500))].length).toBe(MAX_QUERY_LENGTH);
  });
});

describe("search index asset", () => {
  it("is deterministic: the same content gives the same bytes and hash", () => {
    const again = serializeIndex(buildSearchIndex(fixture.site, { synonyms: [["爆通讯录", "通讯录", "联系人"], ["罚息", "逾期利息"]], terms: [{ en: ["credit report"], zh: ["征信"] }] }));
    const first = serializeIndex(fixture.data);
    expect(again.hash).toBe(first.hash);
    expect(first.fileName).toMatch(/^search-index\.[0-9a-f]{10}\.json$/);
    expect(first.gzipBytes).toBeLessThan(first.rawBytes);
  });

  it("round-trips through JSON and ranks the same", () => {
    const copy = new Searcher(JSON.parse(serializeIndex(fixture.data).json));
    expect(copy.search("罚息").map((r) => r.url)).toEqual(fixture.searcher.search("罚息").map((r) => r.url));
  });

  it("rejects invalid editor word lists, naming the file and entry", () => {
    const dir = path.join(fixture.contentDir, "search");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "synonyms.json"), JSON.stringify({ groups: [["只有一个词"]] }));
    fs.writeFileSync(path.join(dir, "terms.json"), JSON.stringify({ terms: [{ zh: ["征信"], en: ["征信"] }] }));
    let error: unknown;
    try {
      loadLexicon(fixture.contentDir, fixture.root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain("content/search/synonyms.json › groups[0]");
    expect(message).toContain("content/search/terms.json › terms[0].en[0]");
  });

  it("the real content's word lists are valid", () => {
    const lexicon = loadLexicon(path.resolve(__dirname, "../../content"));
    expect(lexicon.synonyms.length).toBeGreaterThan(0);
    expect(lexicon.terms.length).toBeGreaterThan(0);
  });
});

describe("how readers write, on the real content", () => {
  let real: Searcher;
  beforeAll(async () => {
    const { loadRealSite } = await import("../helpers/real-site");
    real = new Searcher(buildSearchIndex(await loadRealSite(), loadLexicon(path.resolve(__dirname, "../../content"))));
  });
  const weightOf = (query: string) => new Map(real.analyzeQuery(query).tokens.map((t) => [t.token, t.weight]));

  it("treats a rare bigram across two words (台谈 in 平台|谈, 要帮 in 人要|帮他) as filler, not as the weightiest topic", () => {
    const negotiate = weightOf("怎样跟网贷平台谈还款");
    expect(negotiate.get("台谈")).toBeLessThan(0.5);
    expect(negotiate.get("平台")).toBe(1);
    expect(weightOf("我是紧急联系人要帮他还钱吗").get("要帮")).toBeLessThan(0.5);
    expect(weightOf("朋友借钱填了我电话现在催收打给我").get("友借")).toBeLessThan(0.5);
  });

  it("lets a one-character listed word (谈, 换) stand for a part of the question through its expansions", () => {
    const analyzed = real.analyzeQuery("怎样跟网贷平台谈还款");
    const negotiate = analyzed.tokens.find((t) => t.token === "协商")!;
    expect(analyzed.topicSources.has(negotiate.source)).toBe(true);
    // 换掉 occurs nowhere on the site; 更换 stands for it, so the change-contact article answers.
    expect(real.search("能不能换掉紧急联系人", 1)[0]?.slug).toBe("change-emergency-contact");
  });

  it("repairs homophones only in topic bigrams, never in fillers (我现 in 说我现在)", () => {
    const tokens = real.analyzeQuery("跟平台说我现在没钱能少还点吗").tokens;
    expect(tokens.filter((t) => t.weight === 0.7).map((t) => t.token)).toEqual([]);
  });

  it("counts an English word as a part of the question: every part must be covered", () => {
    const analyzed = real.analyzeQuery("collector keeps calling my parents");
    const parents = analyzed.tokens.find((t) => t.token === "父母")!;
    expect(analyzed.topicSources.has(parents.source)).toBe(true);
  });
});
