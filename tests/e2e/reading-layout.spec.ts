import { expect, test, type Page } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

// Issue 15, item 7 (section links, typography, home page) and item 8 (no prefetching on home).
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SLUG = "emergency-contact-no-repay";

async function articleWithHeadings() {
  const site = await loadRealSite();
  return site.articles.find((a) => a.slug === SLUG)!;
}

test("each heading has one section link, a ≥ 24×24 px tap target that copies a readable link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const article = await articleWithHeadings();
  await page.setViewportSize(PHONE);
  await page.goto(`/articles/${SLUG}`);
  const headings = page.locator(".prose").locator("h2, h3");
  await expect(headings).toHaveCount(article.headings.length);
  for (const heading of await headings.all()) {
    // One control per heading: no "#" plus a separate copy button.
    const controls = heading.locator("a, button");
    await expect(controls).toHaveCount(1);
    const box = (await controls.first().boundingBox())!;
    expect(box.width, await heading.innerText()).toBeGreaterThanOrEqual(24);
    expect(box.height, await heading.innerText()).toBeGreaterThanOrEqual(24);
  }

  const heading = article.headings[1];
  const link = page.locator(`[id="${heading.id}"] a.heading-anchor`);
  await expect(link).toHaveAttribute("aria-label", `复制本节链接：${heading.text}`); // hydrated
  await link.click();
  const expected = `${new URL(page.url()).origin}/articles/${SLUG}#${heading.id}`;
  const status = page.getByTestId("section-link-status");
  await expect(status).toBeVisible();
  await expect(status).toContainText(`已复制本节链接：${expected}`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(expected);
  expect(copied).not.toContain("%");
  // The copied link opens at that section.
  await page.goto(`/articles/${SLUG}`);
  await page.goto(copied);
  await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();
});

test("without JavaScript a heading's link jumps to its section", async ({ browser }) => {
  const article = await articleWithHeadings();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/articles/${SLUG}`);
  const heading = article.headings[article.headings.length - 1];
  await page.locator(`[id="${heading.id}"] a.heading-anchor`).click();
  await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${heading.id}`);
  await context.close();
});

const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test("on a phone the article title is clearly larger than its section headings", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`/articles/${SLUG}`);
  const title = await fontSize(page, "h1");
  const section = await fontSize(page, ".prose h2");
  expect(title).toBeGreaterThanOrEqual(section * 1.3);
  expect(await fontSize(page, ".prose p")).toBeGreaterThanOrEqual(16);
});

/** Characters on each line of an element's text, as the browser laid it out. */
async function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).first().evaluate((element) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        if (/\s/.test(node.textContent![i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
  });
}

test("on a phone no article title leaves one or two characters alone on its last line", async ({ page }) => {
  const site = await loadRealSite();
  await page.setViewportSize(PHONE);
  let wrapped = 0;
  for (const article of site.articles) {
    await page.goto(`/articles/${article.slug}`, { waitUntil: "domcontentloaded" });
    const lines = await charactersPerLine(page, "h1");
    if (lines.length < 2) continue;
    wrapped++;
    expect(lines.at(-1)!, `${article.title}: ${lines.join(" / ")}`).toBeGreaterThanOrEqual(3);
  }
  expect(wrapped).toBeGreaterThan(5);
});

test("on a desktop the article body is ≥ 17 px with 30–40 Chinese characters a line", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`/articles/${SLUG}`);
  const paragraph = page.locator(".prose > p").first();
  const { size, width } = await paragraph.evaluate((p) => ({ size: parseFloat(getComputedStyle(p).fontSize), width: p.getBoundingClientRect().width }));
  expect(size).toBeGreaterThanOrEqual(17);
  // Chinese characters are square: one per font-size of width.
  const perLine = width / size;
  expect(perLine).toBeGreaterThanOrEqual(30);
  expect(perLine).toBeLessThanOrEqual(40);
});

test("a long article ends with a link back to the top that works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/articles/${SLUG}`);
  const back = page.getByRole("link", { name: "回到顶部" });
  await back.scrollIntoViewIfNeeded();
  await expect(page.getByRole("heading", { level: 1 })).not.toBeInViewport();
  await back.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});

test("home on a phone: one search box whose placeholder fits it", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const boxes = page.locator('input[type="search"]:visible');
  await expect(boxes).toHaveCount(1);
  const { text, room } = await boxes.first().evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return {
      text: context.measureText(input.placeholder).width,
      room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
  });
  expect(text).toBeGreaterThan(0);
  expect(text).toBeLessThanOrEqual(room);
});

test("home: no article is listed twice (no second list repeating 大家最常问)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "大家最常问" })).toBeVisible();
  const hrefs = await page.locator('main a[href^="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href, index) => hrefs.indexOf(href) !== index)).toEqual([]);
  await context.close();
});

test("home fetches no page a reader has not asked for (no prefetching)", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (request.url().includes("_rsc=") || headers["next-router-prefetch"] || headers.rsc) prefetched.push(request.url());
  });
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 5000);
  await page.getByRole("heading", { name: "按主题阅读" }).scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(prefetched).toEqual([]);
});
