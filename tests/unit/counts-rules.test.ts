import { describe, expect, it } from "vitest";
import { dayOf, daysBefore, formatCount, isBotUserAgent, isStorableQuery, MIN_VIEWS_SHOWN, normalizeQuery, QUERY_MAX, rankPopular, viewsLabel } from "@/counts";
import { countSite } from "../helpers/count-site";

const CHROME = "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
const WECHAT =
  "Mozilla/5.0 (Linux; Android 12; V2118A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20221206 MicroMessenger/8.0.32.2300(0x28002037) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [20, "20"],
    [9999, "9999"],
    [10_000, "1万"],
    [12_345, "1.2万"],
    [19_999, "1.9万"], // rounded down: never claim more readers than there were
    [1_000_000, "100万"],
    [123_456_789, "1.2亿"],
    [-3, "0"],
    [Number.NaN, "0"],
  ])("%s → %s", (n, text) => expect(formatCount(n)).toBe(text));
});

describe("viewsLabel: no 阅读 N until the count means something", () => {
  it.each([0, 1, 3, 19, Number.NaN])("%s reads → nothing", (n) => expect(viewsLabel(n)).toBeNull());
  it("shows the count from the threshold up", () => {
    expect(MIN_VIEWS_SHOWN).toBe(20);
    expect(viewsLabel(20)).toBe("阅读 20");
    expect(viewsLabel(12_345)).toBe("阅读 1.2万");
  });
});

describe("bot user agents", () => {
  it.each([
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36",
    "curl/8.5.0",
    "",
  ])("ignored: %s", (ua) => expect(isBotUserAgent(ua)).toBe(true));

  it.each([CHROME, WECHAT])("a reader: %s", (ua) => expect(isBotUserAgent(ua)).toBe(false));
  it("a missing user agent is a bot", () => expect(isBotUserAgent(null)).toBe(true));
});

describe("search queries", () => {
  it("normalizes width, case and spaces so spellings count together", () => {
    expect(normalizeQuery("  征信   黑名单 ")).toBe("征信 黑名单");
    expect(normalizeQuery("ＡＰＰ 催收")).toBe("app 催收");
    expect(normalizeQuery("x".repeat(200))).toHaveLength(QUERY_MAX);
    // NUL cannot be stored in PostgreSQL text; invisible characters must not split one query into two.
    expect(normalizeQuery("征信\u0000黑名单")).toBe("征信黑名单");
    expect(normalizeQuery("\u0000")).toBe("");
    expect(normalizeQuery("征\u00ad信\u2060黑名单\u200b")).toBe("征信黑名单");
  });

  it.each([
    ["我的手机号 13812345678 被爆通讯录", "phone"],
    ["身份证 11010519491231002X 逾期", "ID number"],
    ["6222 0212 3456 7890 128 扣款", "card"],
    ["a.b@example.com 投诉", "e-mail"],
    ["加微信 abc_12345 协商", "WeChat handle"],
    ["ＱＱ 12345678", "QQ, full-width"],
    ["1381234 催收", "a long digit run the masker would not catch"],
    ["催收打我 一三八一二三四五六七八", "phone in Chinese numerals"],
    ["幺三八 幺二三四 五六七八 被爆通讯录", "phone in Chinese numerals, spaced"],
    ["138.1234.5678 催收", "phone, dotted"],
    ["身份证 110105.19491231.002 逾期", "17-digit ID number, dotted"],
  ])("drops %s (%s)", (raw) => expect(isStorableQuery(raw, normalizeQuery(raw))).toBe(false));

  it.each(["紧急联系人", "2024年 逾期 90天", "借呗 停息挂账", "12378 投诉", "2024.03.15 逾期", "第一二三期"])("keeps %s", (raw) => expect(isStorableQuery(raw, normalizeQuery(raw))).toBe(true));
});

describe("days in China time", () => {
  it("a UTC evening is already the next day in Shanghai", () => {
    expect(dayOf(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(dayOf(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
  });
  it("counts back over month ends", () => expect(daysBefore("2026-03-01", 1)).toBe("2026-02-28"));
});

describe("热门 ordering", () => {
  const site = countSite();
  const slugs = (r: ReturnType<typeof rankPopular>) => r.ranked.map((x) => x.article.slug);

  it("most views first; ties by the editors' list, then reading order", () => {
    const result = rankPopular(
      site,
      [
        { articleSlug: "c", views: 5 },
        { articleSlug: "a", views: 9 },
        { articleSlug: "e", views: 5 },
        { articleSlug: "b", views: 1 },
        { articleSlug: "d", views: 1 },
      ],
      { limit: 5 },
    );
    expect(slugs(result)).toEqual(["a", "c", "e", "d", "b"]);
    expect(result.source).toBe("views");
  });

  it("without data: the editors' list, then reading order", () => {
    const result = rankPopular(site, [], { limit: 4 });
    expect(slugs(result)).toEqual(["d", "b", "a", "c"]);
    expect(result.source).toBe("editor");
  });

  it("thin data is topped up from the editors' list; a topic keeps to its own articles, or leaves them out", () => {
    expect(slugs(rankPopular(site, [{ articleSlug: "c", views: 2 }], { limit: 3 }))).toEqual(["c", "d", "b"]);
    expect(slugs(rankPopular(site, [{ articleSlug: "e", views: 2 }, { articleSlug: "a", views: 7 }], { limit: 3, topic: "t2" }))).toEqual(["e", "d"]);
    // A topic page lists the rest of the site.
    expect(slugs(rankPopular(site, [{ articleSlug: "e", views: 2 }, { articleSlug: "a", views: 7 }], { limit: 3, excludeTopic: "t1" }))).toEqual(["e", "d"]);
  });

  it("views of deleted articles are ignored", () => {
    expect(slugs(rankPopular(site, [{ articleSlug: "gone", views: 99 }], { limit: 1 }))).toEqual(["d"]);
  });
});
