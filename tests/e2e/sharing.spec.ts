import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";
import { loadRealToolkit } from "../helpers/real-toolkit";

const SITE_NAME = "逾期帮助中心";

/** Reads a QR code's SVG markup with jsQR, as a phone camera would. */
async function decodeQr(page: Page, markup: string): Promise<string | null> {
  await page.addScriptTag({ path: path.resolve(__dirname, "../../node_modules/jsqr/dist/jsQR.js") });
  return page.evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 400;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 400, 400);
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(pixels.data, 400, 400)?.data ?? null;
  }, markup);
}

/** The SVG markup behind a QR <img>: a data: URL (redrawn in the browser) or the prerendered qr.svg file. */
async function qrMarkupOf(page: Page, selector: string): Promise<string> {
  const src = (await page.locator(selector).getAttribute("src"))!;
  if (src.startsWith("data:")) return decodeURIComponent(src.slice(src.indexOf(",") + 1));
  const response = await page.request.get(new URL(src, page.url()).toString());
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  return response.text();
}

async function meta(page: Page, selector: string) {
  return page.locator(selector).first().getAttribute("content");
}

/** The JSON-LD objects in a served page's HTML, parsed. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

test("article metadata: title template, summary, canonical, Open Graph and Twitter in zh_CN", async ({ page }) => {
  const site = await loadRealSite();
  const article = site.articles.find((a) => a.slug === "emergency-contact-no-repay")!;
  await page.goto(`/articles/${article.slug}`);
  await expect(page).toHaveTitle(`${article.title} | ${SITE_NAME}`);
  expect(await meta(page, 'meta[name="description"]')).toBe(article.summary);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/articles/${article.slug}$`));
  expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
  expect(await meta(page, 'meta[property="og:locale"]')).toBe("zh_CN");
  expect(await meta(page, 'meta[property="og:type"]')).toBe("article");
  expect(await meta(page, 'meta[property="og:title"]')).toBe(article.title);
  expect(await meta(page, 'meta[property="og:description"]')).toBe(article.summary);
  expect(await meta(page, 'meta[property="og:image"]')).toContain(`/articles/${article.slug}/share-image.png`);
  // The image's alt text is what it shows: the article's title, not a generic "文章分享图".
  expect(await meta(page, 'meta[property="og:image:alt"]')).toBe(article.title);
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await meta(page, 'meta[name="twitter:image"]')).toContain(`/articles/${article.slug}/share-image.png`);
  expect(await meta(page, 'meta[name="twitter:image:alt"]')).toBe(article.title);
});

test("home title and share image alt: site name and tagline, no double colon", async ({ page }) => {
  await page.goto("/");
  const title = await page.title();
  expect(title).toMatch(new RegExp(`^${SITE_NAME} \\| `));
  expect(title).not.toMatch(/：[^：]*：/);
  expect(await meta(page, 'meta[property="og:title"]')).toBe(title);
  expect(await meta(page, 'meta[property="og:image:alt"]')).toBe(title);
  await page.goto("/topics/emergency-contacts");
  expect(await meta(page, 'meta[property="og:image:alt"]')).toBe("紧急联系人（专题）");
});

test("share images: 1200×630 PNG with ink for every article, topic and the home page", async ({ page, request }) => {
  const site = await loadRealSite();
  const pages = ["/", ...site.topics.map((t) => `/topics/${t.id}`), ...site.articles.map((a) => `/articles/${a.slug}`)];
  // Each page names its own image (og:image), path and all.
  const paths: string[] = [];
  for (const pagePath of pages) {
    const html = await (await request.get(pagePath)).text();
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(image, pagePath).toBeTruthy();
    paths.push(new URL(image!.replace(/&amp;/g, "&")).pathname + new URL(image!.replace(/&amp;/g, "&")).search);
  }
  for (const imagePath of paths) {
    const response = await request.get(imagePath);
    expect(response.status(), imagePath).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString("latin1"), imagePath).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], imagePath).toEqual([1200, 630]); // IHDR width, height
  }
  // Not blank: decode each image in the browser and count dark ("ink") pixels in the title area.
  await page.goto("/");
  const inkShares = await page.evaluate(async (srcs) => {
    const canvas = document.createElement("canvas");
    canvas.width = 1200;
    canvas.height = 630;
    const context = canvas.getContext("2d")!;
    const shares: number[] = [];
    for (const src of srcs) {
      const image = new Image();
      image.src = src;
      await image.decode();
      context.clearRect(0, 0, 1200, 630);
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(60, 120, 1080, 200);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 200) ink++;
      shares.push(ink / (data.length / 4));
    }
    return shares;
  }, paths);
  inkShares.forEach((share, index) => expect(share, paths[index]).toBeGreaterThan(0.03));
});

/** The canonical path on the origin the page was opened on: what a local build (no SITE_URL) shares. */
function onPageOrigin(canonical: string, page: Page) {
  return new URL(new URL(canonical).pathname, page.url()).toString();
}

test("share bar: copy link confirms visibly, Web Share is used where present", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    (window as unknown as { shared: ShareData[] }).shared = [];
    navigator.share = async (data?: ShareData) => {
      (window as unknown as { shared: ShareData[] }).shared.push(data!);
    };
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/emergency-contact-no-repay");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  const bar = page.getByRole("region", { name: "分享这篇文章" });
  await bar.getByRole("button", { name: "复制链接" }).click();
  await expect(bar.getByRole("status")).toContainText("已复制链接");
  // The tests' build has no SITE_URL, so the link shared is the page's own (see the next test).
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(onPageOrigin(canonical, page));
  await bar.getByRole("button", { name: "分享…" }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: "紧急联系人要替我还钱吗？", text: expect.any(String), url: onPageOrigin(canonical, page) },
  ]);
  await page.screenshot({ path: test.info().outputPath("share-bar-mobile.png") });
});

test("a build without SITE_URL: copy link, shown address and QR code use the address the reader is on, not localhost:3000", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/articles/emergency-contact-no-repay");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  // The premise: the build's own address is the local default, and the page is served elsewhere.
  expect(new URL(canonical).origin).toBe("http://localhost:3000");
  const expected = onPageOrigin(canonical, page);
  expect(new URL(expected).origin).toBe(new URL(page.url()).origin);
  expect(expected).not.toBe(canonical);

  const bar = page.getByRole("region", { name: "分享这篇文章" });
  await bar.getByRole("button", { name: "复制链接" }).click();
  await expect(bar.getByRole("status")).toContainText("已复制链接");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(bar.locator("a.share-url")).toHaveText(expected);
  await expect(bar.locator("a.share-url")).toHaveAttribute("href", expected);

  await bar.getByText("在手机上打开（二维码）").click();
  await expect(bar.locator("img.share-qr")).toHaveAttribute("alt", `本文网址的二维码：${expected}`);
  await expect(bar.locator("img.share-qr")).toHaveAttribute("src", /^data:image\/svg\+xml/);
  const svg = await qrMarkupOf(page, ".share-bar img.share-qr");
  // Decoded on a blank page: the site's CSP rightly refuses the decoder's inline script.
  const decoder = await context.newPage();
  expect(await decodeQr(decoder, svg)).toBe(expected);
});

test("the QR code is offered on a desktop, not on a phone already showing the page (no JavaScript needed)", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });
    const phonePage = await phone.newPage();
    await phonePage.goto("/articles/emergency-contact-no-repay");
    await expect(phonePage.getByRole("region", { name: "分享这篇文章" })).toBeVisible();
    await expect(phonePage.getByText("在手机上打开（二维码）")).toBeHidden();
    await phone.close();

    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
    const desktopPage = await desktop.newPage();
    await desktopPage.goto("/articles/emergency-contact-no-repay");
    await expect(desktopPage.getByText("在手机上打开（二维码）")).toBeVisible();
    await desktop.close();
  }
});

test("in WeChat (no Web Share API): copy link and a hint to WeChat's own menu, no share button", async ({ browser }) => {
  const context = await browser.newContext({
    userAgent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 MicroMessenger/8.0.50",
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
  await page.goto("/articles/emergency-contact-no-repay");
  await expect(page.getByRole("button", { name: "复制链接" })).toBeVisible();
  await expect(page.getByText("点右上角“···”，选“发送给朋友”")).toBeVisible();
  await expect(page.getByRole("button", { name: "分享…" })).toHaveCount(0);
  await context.close();
});

test("QR code works without JavaScript and encodes the canonical URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/articles/emergency-contact-no-repay");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  await page.getByText("在手机上打开（二维码）").click();
  const qr = page.locator("img.share-qr");
  await expect(qr).toBeVisible();
  // A file, not markup repeated in the page: /articles/<slug>/qr.svg.
  await expect(qr).toHaveAttribute("src", "/articles/emergency-contact-no-repay/qr.svg");
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  const svg = await qrMarkupOf(page, "img.share-qr");
  await context.close();

  // Decode it with jsQR in a JavaScript-enabled page, as a phone camera would read it.
  const decoder = await browser.newPage();
  const decoded = await decodeQr(decoder, svg);
  expect(decoded).toBe(canonical);
  await decoder.close();
});

test("JSON-LD: Article, FAQPage and BreadcrumbList on every article; WebSite with SearchAction on home", async ({ request }) => {
  const site = await loadRealSite();
  for (const article of site.articles) {
    const items = jsonLdOf(await (await request.get(`/articles/${article.slug}`)).text());
    const byType = new Map(items.map((item) => [item["@type"], item]));
    const articleLd = byType.get("Article")!;
    expect(articleLd, article.slug).toMatchObject({ "@context": "https://schema.org", headline: article.title, dateModified: article.reviewed });
    expect((articleLd.publisher as { name: string }).name).toBe(SITE_NAME);
    const faq = byType.get("FAQPage");
    if (article.faq.length > 0) {
      expect((faq!.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => [q.name, q.acceptedAnswer.text])).toEqual(
        article.faq.map((f) => [f.q, f.a]),
      );
    } else expect(faq).toBeUndefined();
    const crumbs = byType.get("BreadcrumbList")!.itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(["首页", site.topics.find((t) => t.id === article.topic)!.name, article.title]);
    expect(crumbs[2].item).toMatch(new RegExp(`/articles/${article.slug}$`));
  }
  const home = jsonLdOf(await (await request.get("/")).text()).find((item) => item["@type"] === "WebSite")!;
  expect(home.name).toBe(SITE_NAME);
  const action = home.potentialAction as { "@type": string; target: { urlTemplate: string } };
  expect(action["@type"]).toBe("SearchAction");
  expect(action.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
});

test("sitemap.xml (lastmod = reviewed, tools, letters, /about, /privacy), robots.txt and the Atom feed (newest updated first)", async ({ page, request }) => {
  const site = await loadRealSite();
  const toolkit = await loadRealToolkit();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const article of site.articles) {
    expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/articles/${article.slug}</loc>\\s*<lastmod>${article.reviewed}</lastmod>`));
  }
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const expected = ["/tools", ...toolkit.tools.map((t) => t.href), ...toolkit.templates.map((t) => `/tools/letters/${t.slug}`), "/privacy", "/about"];
  expect(toolkit.tools.map((t) => t.href)).toEqual(expect.arrayContaining(["/tools/timeline", "/tools/complain", "/tools/letters"]));
  for (const pathname of expected) expect(locs, pathname).toContain(pathname);
  // Every page the sitemap lists exists (/about is checked once its route is in src/app).
  const hasAbout = fs.existsSync(path.resolve(__dirname, "../../src/app/about/page.tsx"));
  for (const pathname of expected.filter((p) => p !== "/about" || hasAbout)) expect((await request.get(pathname)).status(), pathname).toBe(200);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);

  const feedResponse = await request.get("/feed.xml");
  expect(feedResponse.headers()["content-type"]).toContain("application/atom+xml");
  const feedXml = await feedResponse.text();
  await page.goto("/");
  // Parsed as XML by the browser: a malformed feed throws here.
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) throw new Error("feed is not well-formed XML");
    return [...doc.querySelectorAll("entry")].map((e) => ({ id: e.querySelector("id")!.textContent!, updated: e.querySelector("updated")!.textContent! }));
  }, feedXml);
  // Every article and every /updates entry is an entry of its own.
  expect(entries).toHaveLength(site.articles.length + site.updates.length);
  for (const update of site.updates) expect(entries.some((e) => e.id.endsWith(`/updates#${update.id}`)), update.id).toBe(true);
  const updated = entries.map((e) => e.updated);
  expect(updated).toEqual([...updated].sort().reverse());
  const newest = [...site.articles.map((a) => a.updated), ...site.updates.map((u) => u.date)].sort().reverse()[0];
  expect(entries[0].updated.slice(0, 10)).toBe(newest);
});

test("print: no header, search, share bar or section links; link URLs and the page address printed", async ({ page }) => {
  await page.goto("/articles/emergency-contact-no-repay");
  await expect(page.getByRole("button", { name: "复制链接" })).toBeVisible(); // hydrated
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  const printedAddress = page.locator("aside", { hasText: "扫码在手机上打开" });
  await expect(printedAddress).toBeHidden(); // paper only
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  for (const form of await page.locator("form").all()) await expect(form).toBeHidden();
  await expect(page.getByRole("region", { name: "分享这篇文章" })).toBeHidden();
  await expect(page.locator(".prose .heading-anchor").first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(printedAddress).toBeVisible();
  await expect(printedAddress).toContainText(`本文网址：${canonical}`);
  await expect(printedAddress.locator("img")).toBeVisible();
  const internal = page.locator('.prose a[href^="/articles/"]').first();
  const after = await internal.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain(`${await internal.getAttribute("href")}`);
  expect(after).toMatch(/https?:\/\//);
  const external = page.locator('main a[href^="http"]').first();
  expect(await external.evaluate((a) => getComputedStyle(a, "::after").content)).toContain(await external.getAttribute("href"));
});

test("print: every article fits the width of an A4 page", async ({ page }) => {
  const site = await loadRealSite();
  await page.emulateMedia({ media: "print" });
  // A4 at 96 dpi minus Chromium's default 1 cm margins ≈ 718 px wide.
  await page.setViewportSize({ width: 718, height: 1000 });
  const overflowing: string[] = [];
  for (const article of site.articles) {
    await page.goto(`/articles/${article.slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${article.slug}: ${overflow}px`);
  }
  expect(overflowing).toEqual([]);

  // Content to come (a long case number or URL, a wide table) must wrap on paper, not run off it.
  await page.evaluate(() => {
    const prose = document.querySelector(".prose")!;
    const long = "（2026）京0105民初" + "1234567890".repeat(12);
    prose.insertAdjacentHTML(
      "beforeend",
      `<p><a href="https://example.org/${"a".repeat(150)}">${long}</a></p><table><tr>${`<td>${long}</td>`.repeat(3)}</tr></table>`,
    );
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
