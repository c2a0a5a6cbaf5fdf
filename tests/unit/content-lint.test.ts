import { describe, expect, it } from "vitest";
import { loadSite } from "@/content";
import { lintSite, staleReviewWarnings, parseChineseNumber, findCitations, articlesInStatuteText, type LintContext } from "@/content/lint";
import { makeContent, validArticleData } from "../helpers/content-fixture";

const context: LintContext = {
  instruments: [
    { name: "中华人民共和国个人信息保护法", aliases: ["个人信息保护法"], articles: 74, textArticles: new Set(["10", "13", "14"]) },
    { name: "中华人民共和国刑法", aliases: ["刑法"], articles: 452 },
    { name: "治安管理处罚法", aliases: [], articles: null },
    { name: "中华人民共和国网络安全法", aliases: ["网络安全法"], articles: null, renumbered: "2026-01-01", checkedArticles: [42] },
    { name: "商业银行信用卡业务监督管理办法", aliases: [], articles: null, checkedArticles: [70] },
  ],
  mythPhrases: ["征信黑名单", "逾期就会坐牢"],
  fold: (text) => text.replaceAll("單", "单"),
};

/** A body that passes every rule: long enough, cited correctly, short paragraphs. */
const GOOD_PARAGRAPH = "出借机构不能随意把你的欠款告诉别人。这是个人信息保护的基本要求。";
const goodBody = (extra = "") => `${Array.from({ length: 22 }, () => GOOD_PARAGRAPH).join("\n\n")}\n\n${extra}`;
const goodData = (overrides: Record<string, unknown> = {}) =>
  validArticleData({
    sources: [{ title: "《个人信息保护法》第十条" }, { title: "《刑法》第二百九十三条之一" }],
    faq: [
      { q: "一？", a: "一。" },
      { q: "二？", a: "二。" },
      { q: "三？", a: "三。" },
    ],
    related: ["other", "third"],
    ...overrides,
  });

async function lint(data: Record<string, unknown>, body: string, rule: string) {
  const { root, contentDir } = makeContent({
    sample: { data: goodData(data), body },
    other: { data: goodData({ related: ["sample", "third"] }), body: goodBody() },
    third: { data: goodData({ related: ["sample", "other"] }), body: goodBody() },
  });
  const site = await loadSite({ contentDir, rootDir: root });
  return lintSite(site, context, [rule]).filter((finding) => finding.file === "content/articles/sample.md");
}

describe("content lint rules: a good sample passes every rule", () => {
  it("has no findings at all", async () => {
    const { root, contentDir } = makeContent({
      sample: { data: goodData({ related: ["other", "third"] }), body: goodBody("> **误区**：“征信黑名单”并不存在。") },
      other: { data: goodData({ related: ["sample", "third"] }), body: goodBody() },
      third: { data: goodData({ related: ["sample", "other"] }), body: goodBody() },
    });
    const site = await loadSite({ contentDir, rootDir: root });
    expect(lintSite(site, context)).toEqual([]);
  });
});

describe("content lint rules: each fails on a bad sample", () => {
  it("sources-min: one source is not enough", async () => {
    const findings = await lint({ sources: [{ title: "《个人信息保护法》第十条" }] }, goodBody(), "sources-min");
    expect(findings).toEqual([expect.objectContaining({ field: "sources" })]);
  });

  it("summary-length: over 80 characters", async () => {
    const findings = await lint({ summary: "长".repeat(81) }, goodBody(), "summary-length");
    expect(findings).toEqual([expect.objectContaining({ field: "summary" })]);
  });

  it("faq-min: fewer than 3 FAQ entries", async () => {
    const findings = await lint({ faq: [{ q: "一？", a: "一。" }] }, goodBody(), "faq-min");
    expect(findings).toHaveLength(1);
  });

  it("related-count: 1 related article", async () => {
    const findings = await lint({ related: ["other"] }, goodBody(), "related-count");
    expect(findings).toHaveLength(1);
  });

  it("body-length: a body under 600 Chinese characters", async () => {
    const findings = await lint({}, GOOD_PARAGRAPH, "body-length");
    expect(findings).toEqual([expect.objectContaining({ field: "正文" })]);
  });

  it("paragraph-length: a paragraph over 150 characters, with its line", async () => {
    const findings = await lint({}, goodBody("很长".repeat(80)), "paragraph-length");
    expect(findings).toHaveLength(1);
    expect(findings[0].field).toMatch(/正文（第 \d+ 行）/);
  });

  it("halfwidth-punctuation: a half-width comma between Chinese characters", async () => {
    const findings = await lint({}, goodBody("不用还钱,这是规定."), "halfwidth-punctuation");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("钱,这");
  });

  it("halfwidth-punctuation: also in the summary", async () => {
    const findings = await lint({ summary: "不用,真的。" }, goodBody(), "halfwidth-punctuation");
    expect(findings).toEqual([expect.objectContaining({ field: "summary" })]);
  });

  it("space-between-han: a stray space between Chinese characters", async () => {
    const findings = await lint({}, goodBody("紧急 联系人"), "space-between-han");
    expect(findings).toHaveLength(1);
  });

  it("space-between-han: a space between Chinese and digits is not this rule's business", async () => {
    expect(await lint({}, goodBody("拨打 12378 投诉。"), "space-between-han")).toEqual([]);
  });

  it("latin-spacing: no space between Chinese and digits or Latin letters", async () => {
    expect(await lint({}, goodBody("拨打 12378 投诉。"), "latin-spacing")).toHaveLength(1);
    expect(await lint({}, goodBody("拨打12378投诉，或在App里找客服。"), "latin-spacing")).toEqual([]);
  });

  it("polite-you: 您 is not used", async () => {
    expect(await lint({}, goodBody("您可以投诉。"), "polite-you")).toHaveLength(1);
  });

  it("myth-phrases: a myth outside a correction block", async () => {
    const findings = await lint({}, goodBody("逾期后会进入征信黑名单。"), "myth-phrases");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("征信黑名单");
  });

  it("myth-phrases: found after 繁体 folding, and in FAQ answers too", async () => {
    const findings = await lint({ faq: [{ q: "一？", a: "会进征信黑名單。" }, { q: "二？", a: "二。" }, { q: "三？", a: "三。" }] }, goodBody(), "myth-phrases");
    expect(findings).toEqual([expect.objectContaining({ field: "faq[0].a" })]);
  });

  it("myth-phrases: allowed inside a 误区 blockquote, not inside an ordinary one", async () => {
    expect(await lint({}, goodBody("> **误区**：逾期就会坐牢。这不对。"), "myth-phrases")).toEqual([]);
    expect(await lint({}, goodBody("> 逾期就会坐牢。"), "myth-phrases")).toHaveLength(1);
  });

  it("known-instruments: an unknown law name", async () => {
    const findings = await lint({}, goodBody("依据《个人金融信息管理办法》第五条。"), "known-instruments");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("不在已知法规清单");
  });

  it("known-instruments: an article number beyond the law's count", async () => {
    const findings = await lint({}, goodBody("见《刑法》第五百条。"), "known-instruments");
    expect(findings[0].message).toContain("只有 452 条");
  });

  it("known-instruments: an article missing from the official text", async () => {
    const findings = await lint({}, goodBody("见《个人信息保护法》第十三条、第十五条。"), "known-instruments");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("第十五条");
  });

  it("known-instruments: an article number for a by-name-only instrument", async () => {
    expect(await lint({}, goodBody("见《治安管理处罚法》第四十二条。"), "known-instruments")).toHaveLength(1);
    expect(await lint({}, goodBody("见《治安管理处罚法》。"), "known-instruments")).toEqual([]);
    expect(await lint({}, goodBody("见《商业银行信用卡业务监督管理办法》第七十条。"), "known-instruments")).toEqual([]);
  });
});

describe("renumbered instruments and stale reviews", () => {
  it("known-instruments: an old article number of a renumbered law is refused and the message says why", async () => {
    const findings = await lint({}, goodBody("见《网络安全法》第四十条。"), "known-instruments");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("2026-01-01");
    expect(findings[0].message).toContain("重新编号");
    // A number checked against the new text is allowed; citing by name always is.
    expect(await lint({}, goodBody("见《网络安全法》第四十二条。"), "known-instruments")).toEqual([]);
    expect(await lint({}, goodBody("见《网络安全法》。"), "known-instruments")).toEqual([]);
  });

  it("stale-review: warns (does not fail) when reviewed is more than 12 months before today", async () => {
    const { root, contentDir } = makeContent({
      fresh: { data: validArticleData({ reviewed: "2025-11-26" }) },
      stale: { data: validArticleData({ reviewed: "2025-11-25" }) },
    });
    const site = await loadSite({ contentDir, rootDir: root });
    const warnings = staleReviewWarnings(site, "2026-11-26");
    expect(warnings.map((w) => w.file)).toEqual(["content/articles/stale.md"]);
    expect(warnings[0]).toMatchObject({ field: "reviewed", rule: "stale-review" });
    expect(warnings[0].message).toContain("2025-11-25");
    // Not one of the failing rules.
    expect(lintSite(site, context).some((finding) => finding.rule === "stale-review")).toBe(false);
  });
});

describe("citation parsing", () => {
  it("parses Chinese numerals", () => {
    expect(parseChineseNumber("十三")).toBe(13);
    expect(parseChineseNumber("二百九十三")).toBe(293);
    expect(parseChineseNumber("一千零三十三")).toBe(1033);
    expect(parseChineseNumber("六百八十五")).toBe(685);
    expect(parseChineseNumber("十")).toBe(10);
    expect(parseChineseNumber("二三")).toBeNaN();
  });

  it("finds lists, ranges and 之一 after the instrument", () => {
    const [citation] = findCitations("《个人信息保护法》第四十四条至第四十七条、第二百九十三条之一规定");
    expect(citation.instrument).toBe("个人信息保护法");
    expect(citation.articles.map((a) => [a.number, a.suffix])).toEqual([
      [44, 0],
      [47, 0],
      [293, 1],
    ]);
  });

  it("reads article headings from an official text", () => {
    const text = "第一条 为了……\n\n第二百九十三条之一 有下列情形之一……\n  第三条　全角空格";
    expect([...articlesInStatuteText(text)].sort()).toEqual(["1", "293-1", "3"]);
  });
});
