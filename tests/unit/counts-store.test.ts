// CountStore + CountService on PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountService, countsPerAddressFromEnv, createSqlCountStore, searchReport, SEARCHES_PER_ADDRESS, SEARCHES_PER_ADDRESS_PER_QUERY, VIEWS_PER_ADDRESS_PER_ARTICLE, type CountStore } from "@/counts";
import { migrate, type SqlClient } from "@/db";
import { countSite } from "../helpers/count-site";
import { storeDrivers } from "../helpers/db-drivers";

const READER = { address: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47" };
const BAIDU = { address: "203.0.113.8", userAgent: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)" };

describe.each(storeDrivers("counts-store"))("counts on $name", ({ open }) => {
  let db: SqlClient;
  let store: CountStore;
  let cleanup: () => Promise<void>;
  // A clock the tests move; 04:00 UTC is noon in China.
  let now = new Date("2026-05-10T04:00:00Z");
  const service = () => new CountService(store, { site: countSite(), now: () => now });

  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await migrate(db);
    store = createSqlCountStore(db);
  }, 60_000);
  afterAll(async () => cleanup?.());

  it("the same reader twice in a day counts once; the next day counts again", async () => {
    now = new Date("2026-05-10T04:00:00Z");
    const counts = service();
    expect(await counts.recordView("a", READER)).toEqual({ counted: true, views: 1 });
    expect(await counts.recordView("a", READER)).toEqual({ counted: false, views: 1 });
    // Another browser on the same address (a shared Wi-Fi) is another reader.
    expect((await counts.recordView("a", { ...READER, userAgent: `${READER.userAgent} other` })).views).toBe(2);
    // Same reader, another article: counted there.
    expect((await counts.recordView("b", READER)).counted).toBe(true);

    now = new Date("2026-05-11T01:00:00Z");
    expect(await counts.recordView("a", READER)).toEqual({ counted: true, views: 3 });
    expect(await counts.recordView("a", READER)).toEqual({ counted: false, views: 3 });
  });

  it("several app instances sharing the database still count a reader once", async () => {
    now = new Date("2026-05-12T04:00:00Z");
    const instances = [service(), service(), service()];
    const results = await Promise.all(instances.flatMap((counts) => [counts.recordView("c", READER), counts.recordView("c", READER)]));
    expect(results.filter((r) => r.counted)).toHaveLength(1);
    expect(await instances[0].viewCount("c")).toBe(1);
  });

  it("a new day's salt deletes earlier salts and marks, and search words older than 90 days", async () => {
    await db.query("INSERT INTO search_queries_daily (query, day, zero_results) VALUES ('旧词', '2026-02-11', 1), ('新词', '2026-02-12', 1)");
    now = new Date("2026-05-13T04:00:00Z");
    await service().recordView("c", READER);
    const words = await db.query<{ query: string }>("SELECT query FROM search_queries_daily");
    expect(words.map((w) => w.query)).toEqual(["新词"]);
    await db.query("DELETE FROM search_queries_daily");
    const salts = await db.query<{ day: string }>("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM daily_salts");
    expect(salts.map((s) => s.day)).toEqual(["2026-05-13"]);
    const old = await db.query("SELECT 1 FROM daily_marks WHERE day < '2026-05-13'");
    expect(old).toHaveLength(0);
  });

  it("bots are not counted", async () => {
    now = new Date("2026-05-14T04:00:00Z");
    const counts = service();
    const before = await counts.viewCount("d");
    expect(await counts.recordView("d", BAIDU)).toEqual({ counted: false, ignored: "bot", views: before });
    expect(await counts.recordView("d", { address: "203.0.113.9", userAgent: null })).toMatchObject({ counted: false, ignored: "bot" });
    expect(await counts.viewCount("d")).toBe(before);
  });

  it("unknown articles and missing fields are refused with a Chinese message", async () => {
    await expect(service().recordView("nope", READER)).rejects.toMatchObject({ status: 404, message: "没有这篇文章" });
    await expect(service().recordView(undefined, READER)).rejects.toMatchObject({ status: 400 });
    await expect(service().popular({ limit: 99 })).rejects.toMatchObject({ status: 400 });
    await expect(service().popular({ topic: "nope" })).rejects.toMatchObject({ status: 404 });
    await expect(service().popular({ excludeTopic: "nope" })).rejects.toMatchObject({ status: 404, field: "excludeTopic" });
  });

  it("热门 counts only the last 30 days, most read first", async () => {
    // Day 1 of the window and the day before it.
    now = new Date("2026-06-30T04:00:00Z");
    const inWindow = "2026-06-01";
    const tooOld = "2026-05-31";
    await db.query("INSERT INTO article_views_daily (article_slug, day, views) VALUES ('e', $1, 50), ('b', $2, 1000), ('d', $1, 20)", [inWindow, tooOld]);
    const popular = await service().popular({ limit: 5 });
    expect(popular.source).toBe("views");
    expect(popular.articles.slice(0, 2).map((a) => [a.slug, a.views])).toEqual([
      ["e", 50],
      ["d", 20],
    ]);
    expect(popular.articles.find((a) => a.slug === "b")?.views).toBe(0);
    expect((await service().popular({ topic: "t2", limit: 1 })).articles.map((a) => a.slug)).toEqual(["e"]);
    expect((await service().popular({ excludeTopic: "t2", limit: 2 })).articles.map((a) => a.slug)).toEqual(["b", "a"]);
  });

  it("zero-result searches: normalized, counted once per reader per day, masked ones never stored", async () => {
    now = new Date("2026-07-01T04:00:00Z");
    const counts = service();
    expect(await counts.recordSearch({ query: "  停息挂账  骗局 ", event: "zero" }, READER)).toEqual({ stored: true });
    expect(await counts.recordSearch({ query: "停息挂账 骗局", event: "zero" }, READER)).toEqual({ stored: false, ignored: "repeat" });
    expect(await counts.recordSearch({ query: "停息挂账 骗局", event: "zero" }, { ...READER, address: "203.0.113.20" })).toEqual({ stored: true });
    expect(await counts.recordSearch({ query: "上门催收", event: "zero" }, READER)).toEqual({ stored: true });
    expect(await counts.recordSearch({ query: "催收打我 13812345678", event: "zero" }, READER)).toEqual({ stored: false, ignored: "personal-data" });
    expect(await counts.recordSearch({ query: "加微信 abc_12345", event: "zero" }, READER)).toEqual({ stored: false, ignored: "personal-data" });
    expect(await counts.recordSearch({ query: "\u0000", event: "zero" }, READER)).toEqual({ stored: false, ignored: "empty" });
    expect(await counts.recordSearch({ query: "上门\u0000催收", event: "zero" }, READER)).toEqual({ stored: false, ignored: "repeat" });
    expect(await counts.recordSearch({ query: "催收打我 一三八一二三四五六七八", event: "zero" }, READER)).toEqual({ stored: false, ignored: "personal-data" });
    expect(await counts.recordSearch({ query: "身份证 110105.19491231.002", event: "zero" }, READER)).toEqual({ stored: false, ignored: "personal-data" });
    expect(await counts.recordSearch({ query: "征信修复", event: "zero" }, BAIDU)).toEqual({ stored: false, ignored: "bot" });

    const stored = await db.query<{ query: string }>("SELECT DISTINCT query FROM search_queries_daily ORDER BY query");
    expect(stored.map((r) => r.query)).toEqual(["上门催收", "停息挂账 骗局"]);
    expect(JSON.stringify(await db.query("SELECT * FROM search_queries_daily"))).not.toContain("13812345678");

    now = new Date("2026-07-02T04:00:00Z");
    await counts.recordSearch({ query: "上门催收", event: "zero" }, READER);
    await counts.recordSearch({ query: "上门催收", event: "zero" }, { ...READER, address: "203.0.113.21" });
    const top = await counts.zeroResultQueries();
    expect(top.map((g) => [g.query, g.count])).toEqual([
      ["上门催收", 3],
      ["停息挂账 骗局", 2],
    ]);
    expect(top[0].lastSeen.toISOString()).toBe("2026-07-02T04:00:00.000Z");
    const report = await searchReport(store, { now });
    const lines = report.split("\n");
    expect(lines[0]).toContain("2026-06-03 起，近 30 天");
    expect(lines[1]).toMatch(/^\s+3 .*上门催收$/);
    expect(lines[2]).toMatch(/^\s+2 .*停息挂账 骗局$/);
    expect(report).not.toContain("13812345678");

    // 31 days later the July queries are out of the window.
    now = new Date("2026-08-02T04:00:00Z");
    expect(await service().zeroResultQueries()).toEqual([]);
  });

  it("first-result clicks: queries with results, least clicked first", async () => {
    now = new Date("2026-09-01T04:00:00Z");
    const counts = service();
    const reader = (n: number) => ({ ...READER, address: `198.51.100.${n}` });
    for (const n of [1, 2, 3]) await counts.recordSearch({ query: "紧急联系人", event: "results" }, reader(n));
    for (const n of [1, 2]) await counts.recordSearch({ query: "紧急联系人", event: "first-click" }, reader(n));
    for (const n of [1, 2]) await counts.recordSearch({ query: "征信", event: "results" }, reader(n));
    const rates = await counts.firstResultClickRates();
    expect(rates.map((r) => [r.query, r.searches, r.firstResultClicks])).toEqual([
      ["征信", 2, 0],
      ["紧急联系人", 3, 2],
    ]);
    await expect(counts.recordSearch({ query: "x", event: "other" }, READER)).rejects.toMatchObject({ status: 400 });
    await expect(counts.recordSearch({ event: "zero" }, READER)).rejects.toMatchObject({ status: 400 });
  });

  it("one address changing its User-Agent adds at most a few views a day, on any number of instances (issue 17, finding 3)", async () => {
    now = new Date("2026-10-20T04:00:00Z");
    const instances = [service(), service()];
    const before = await instances[0].viewCount("e");
    const attacker = (i: number) => ({ address: "198.51.100.66", userAgent: `${READER.userAgent} build/${i}` });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => instances[i % 2].recordView("e", attacker(i))));
    expect(results.filter((r) => r.counted)).toHaveLength(VIEWS_PER_ADDRESS_PER_ARTICLE);
    expect(await instances[0].viewCount("e")).toBe(before + VIEWS_PER_ADDRESS_PER_ARTICLE);
    // The same applies to an IPv6 reader rotating addresses inside one /64.
    const v6 = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[0].recordView("b", { address: `2001:db8:1:2::${i + 1}`, userAgent: `${READER.userAgent} ${i}` })));
    expect(v6.filter((r) => r.counted)).toHaveLength(VIEWS_PER_ADDRESS_PER_ARTICLE);
    // Another address is still counted, and the next day the address counts again.
    expect((await instances[1].recordView("e", { ...READER, address: "198.51.100.67" })).counted).toBe(true);
    now = new Date("2026-10-21T04:00:00Z");
    expect((await instances[0].recordView("e", attacker(0))).counted).toBe(true);
  });

  it("one address changing its User-Agent cannot flood the zero-result report (issue 17, finding 3)", async () => {
    now = new Date("2026-10-22T04:00:00Z");
    const counts = service();
    const ua = (i: number) => ({ address: "198.51.100.68", userAgent: `${READER.userAgent} build/${i}` });
    const same = await Promise.all(Array.from({ length: 50 }, (_, i) => counts.recordSearch({ query: "刷上去的词", event: "zero" }, ua(i))));
    expect(same.filter((r) => r.stored)).toHaveLength(SEARCHES_PER_ADDRESS_PER_QUERY);
    const many = [];
    for (let i = 0; i < 60; i++) many.push(await counts.recordSearch({ query: `编造的问题${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"子丑寅卯辰巳午未申酉戌亥"[i % 12]}`, event: "zero" }, ua(i)));
    expect(many.filter((r) => r.stored)).toHaveLength(SEARCHES_PER_ADDRESS - SEARCHES_PER_ADDRESS_PER_QUERY);
    const gaps = await counts.zeroResultQueries(1, 100);
    expect(gaps.find((g) => g.query === "刷上去的词")?.count).toBe(SEARCHES_PER_ADDRESS_PER_QUERY);
    // A real reader elsewhere is not affected.
    expect((await counts.recordSearch({ query: "刷上去的词", event: "zero" }, READER)).stored).toBe(true);
  });

  it("COUNTS_PER_ADDRESS raises the per-address budget for sites behind shared addresses; bad values keep the default", async () => {
    expect(countsPerAddressFromEnv({})).toBe(VIEWS_PER_ADDRESS_PER_ARTICLE);
    expect(countsPerAddressFromEnv({ COUNTS_PER_ADDRESS: "50" })).toBe(50);
    expect(countsPerAddressFromEnv({ COUNTS_PER_ADDRESS: "-1" })).toBe(VIEWS_PER_ADDRESS_PER_ARTICLE);
    now = new Date("2026-10-23T04:00:00Z");
    const counts = new CountService(store, { site: countSite(), now: () => now, countsPerAddress: 10 });
    const results = [];
    for (let i = 0; i < 15; i++) results.push(await counts.recordView("d", { address: "198.51.100.69", userAgent: `${READER.userAgent} build/${i}` }));
    expect(results.filter((r) => r.counted)).toHaveLength(10);
  });
});
