import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import { loadSite, type Site } from "@/content";
import {
  aliasRedirects,
  articleJsonLd,
  articleMetadata,
  breadcrumbJsonLd,
  buildAtomFeed,
  mailtoHref,
  defaultMetadata,
  faqPageJsonLd,
  homeMetadata,
  homeTitle,
  qrCodeSvg,
  serializeJsonLd,
  sitemapEntries,
  websiteJsonLd,
} from "@/sharing";
import { makeContent } from "../helpers/content-fixture";

const INFO = { name: "测试站", tagline: "冷静解答", url: "https://help.example.cn" };

async function fixtureSite(): Promise<Site> {
  const { root, contentDir } = makeContent({
    "old-news": { data: { title: "旧文章", updated: "2026-01-05", reviewed: "2026-03-01" } },
    "fresh-news": {
      data: {
        title: "新文章</script><script>alert(1)</script>",
        summary: "新摘要。",
        topic: "emergency-contacts",
        updated: "2026-10-01",
        reviewed: "2026-10-02",
        faq: [{ q: "要还钱吗？", a: "不用。" }],
        aliases: ["fresh-old-name"],
      },
    },
  }, {
    updates: {
      updates: [
        { id: "fix-old", date: "2026-11-20", kind: "correction", title: "更正旧说法", summary: "改正了一句话。", articles: ["old-news"] },
      ],
    },
  });
  return loadSite({ contentDir, rootDir: root });
}

describe("page metadata", () => {
  it("article: summary as description, canonical path, Open Graph article in zh_CN, large Twitter card", async () => {
    const site = await fixtureSite();
    const article = site.articles.find((a) => a.slug === "old-news")!;
    const meta = articleMetadata(INFO, article, site.topics.find((t) => t.id === article.topic)!);
    expect(meta.title).toBe("旧文章");
    expect(meta.description).toBe(article.summary);
    expect(meta.alternates.canonical).toBe("/articles/old-news");
    expect(meta.openGraph).toMatchObject({
      type: "article",
      locale: "zh_CN",
      siteName: "测试站",
      url: "https://help.example.cn/articles/old-news",
      modifiedTime: "2026-03-01",
      section: "逾期时间线",
    });
    expect(meta.twitter.card).toBe("summary_large_image");
    // Its share image says what it shows: the title, not a generic "文章分享图".
    const image = { url: "https://help.example.cn/articles/old-news/share-image.png", width: 1200, height: 630, alt: "旧文章", type: "image/png" };
    expect(meta.openGraph.images).toEqual([image]);
    expect(meta.twitter.images).toEqual([image]);
  });

  it("home title: name and tagline with no double colon, also when the tagline has a colon of its own", () => {
    const site = { ...INFO, name: "逾期帮助中心", tagline: "网贷逾期、催收与投诉：有出处的冷静解答" };
    expect(homeTitle(site)).toBe("逾期帮助中心 | 网贷逾期、催收与投诉：有出处的冷静解答");
    expect(homeMetadata(site, "说明").openGraph.title).toBe(homeTitle(site));
    expect(homeTitle(site).match(/[：:]/g)).toHaveLength(1);
  });

  it("layout defaults carry no canonical URL, so pages without their own do not claim to be the home page", () => {
    const meta = defaultMetadata(INFO, "说明");
    expect(meta.alternates).not.toHaveProperty("canonical");
    expect(meta.openGraph).not.toHaveProperty("url");
    expect(meta.openGraph.locale).toBe("zh_CN");
  });
});

describe("JSON-LD", () => {
  it("Article has headline, dateModified from reviewed and a publisher", async () => {
    const site = await fixtureSite();
    const data = articleJsonLd(INFO, site.articles.find((a) => a.slug === "old-news")!);
    expect(data).toMatchObject({ "@type": "Article", headline: "旧文章", dateModified: "2026-03-01" });
    expect(data.publisher).toMatchObject({ "@type": "Organization", name: "测试站" });
  });

  it("FAQPage only when the article has a FAQ", async () => {
    const site = await fixtureSite();
    expect(faqPageJsonLd(site.articles.find((a) => a.slug === "old-news")!)).toBeUndefined();
    const faq = faqPageJsonLd(site.articles.find((a) => a.slug === "fresh-news")!)!;
    expect(faq.mainEntity).toEqual([{ "@type": "Question", name: "要还钱吗？", acceptedAnswer: { "@type": "Answer", text: "不用。" } }]);
  });

  it("BreadcrumbList numbers 首页 › topic › article with absolute URLs", async () => {
    const site = await fixtureSite();
    const article = site.articles.find((a) => a.slug === "old-news")!;
    const crumbs = breadcrumbJsonLd(INFO, site.topics.find((t) => t.id === "timeline")!, article).itemListElement as {
      position: number;
      item: string;
    }[];
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.map((c) => c.item)).toEqual([
      "https://help.example.cn/",
      "https://help.example.cn/topics/timeline",
      "https://help.example.cn/articles/old-news",
    ]);
  });

  it("WebSite has a SearchAction on /search?q=", () => {
    const action = websiteJsonLd(INFO).potentialAction as { target: { urlTemplate: string }; "query-input": string };
    expect(action.target.urlTemplate).toBe("https://help.example.cn/search?q={search_term_string}");
    expect(action["query-input"]).toBe("required name=search_term_string");
  });

  it("serialized JSON-LD cannot close its script element, and parses back unchanged", async () => {
    const site = await fixtureSite();
    const data = articleJsonLd(INFO, site.articles.find((a) => a.slug === "fresh-news")!);
    const text = serializeJsonLd(data);
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("sitemap, feed, redirects", () => {
  it("sitemap lists home, topics, articles, the tools, each letter template, /about and /privacy; lastmod from reviewed", async () => {
    const site = await fixtureSite();
    const toolkit = {
      tools: [{ href: "/tools/timeline" }, { href: "/tools/complain" }, { href: "/tools/letters" }],
      templates: [{ slug: "stop-third-party" }, { slug: "complaint-letter" }],
    };
    const entries = sitemapEntries(INFO.url, site, toolkit);
    expect(entries.find((e) => e.url.endsWith("/articles/old-news"))?.lastModified).toBe("2026-03-01");
    expect(entries.find((e) => e.url.endsWith("/topics/timeline"))?.lastModified).toBe("2026-03-01");
    expect(entries[0]).toMatchObject({ url: "https://help.example.cn/", lastModified: "2026-10-02" });
    // /updates is as fresh as its newest entry.
    expect(entries.find((e) => e.url.endsWith("/updates"))?.lastModified).toBe("2026-11-20");
    const others = [
      "/tools",
      "/tools/timeline",
      "/tools/complain",
      "/tools/letters",
      "/tools/letters/stop-third-party",
      "/tools/letters/complaint-letter",
      "/about",
      "/privacy",
    ];
    for (const path of others) {
      // Pages without a date of their own get no made-up lastmod.
      expect(entries.find((e) => e.url === `https://help.example.cn${path}`), path).toEqual({ url: `https://help.example.cn${path}`, priority: expect.any(Number) });
    }
    expect(entries).toHaveLength(1 + site.topics.length + 1 + site.articles.length + others.length);
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  });

  it("Atom feed: newest `updated` first, absolute links, escaped titles", async () => {
    const feed = buildAtomFeed(INFO, await fixtureSite());
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    // An /updates entry is an entry of its own, at its anchor, dated by the change; it names the article.
    expect(ids).toEqual([
      "https://help.example.cn/",
      "https://help.example.cn/updates#fix-old",
      "https://help.example.cn/articles/fresh-news",
      "https://help.example.cn/articles/old-news",
    ]);
    expect(feed).toContain("<updated>2026-11-20T00:00:00.000Z</updated>");
    expect(feed).toContain("更新：更正旧说法");
    expect(feed).toContain("涉及：旧文章");
    // The hostile title stays text (inside CDATA), never markup of the feed.
    expect(feed).not.toMatch(/<script>alert/);
    expect(feed).toContain("新文章&lt;/script&gt;&lt;script&gt;alert(1)");
  });

  it("each alias becomes a permanent redirect to the current slug", async () => {
    expect(aliasRedirects(await fixtureSite())).toEqual([
      { source: "/articles/fresh-old-name", destination: "/articles/fresh-news", permanent: true },
    ]);
  });
});

describe("QR code", () => {
  it("is an SVG of exactly the QR matrix for the URL", async () => {
    const url = "https://help.example.cn/articles/emergency-contact-no-repay";
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 (\d+) \1"/);
    const size = QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`); // matrix plus a 2-module quiet zone each side
    expect(await qrCodeSvg(`${url}-other`)).not.toBe(svg);
  });
});

describe("mailto links", () => {
  it("prefill subject and body, percent-encoded so Chinese and line breaks survive", () => {
    const href = mailtoHref("help@example.cn", "删除留言请求", ["文章标题：", "留言时间："]);
    expect(href.startsWith("mailto:help@example.cn?subject=")).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get("subject")).toBe("删除留言请求");
    expect(url.searchParams.get("body")).toBe("文章标题：\n留言时间：");
    expect(href).not.toMatch(/[\u4e00-\u9fff\n]/);
  });
});
