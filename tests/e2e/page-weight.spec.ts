import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

// Issue 15 item 8: what every article page carries for readers who never use it. The byte budget itself is
// measured by `npm run bench -- js` (a benchmark, not a test); these check the two choices that keep it.

/** The page's RSC payload (what App Router inlines beside the HTML so React can hydrate). */
function rscPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((match) => JSON.parse(match[1]) as string).join("");
}

test("the header box's most-read list is fetched when the box opens, not carried by every page", async ({ page, request }) => {
  const html = await (await request.get("/articles/penalty-interest")).text();
  const payload = rscPayload(html);
  expect(payload.length).toBeGreaterThan(1000);
  expect(payload).not.toContain('"popular":[');

  const asked: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/popular") asked.push(r.url());
  });
  await page.goto("/articles/penalty-interest");
  await page.waitForLoadState("networkidle");
  expect(asked).toHaveLength(0);
  await page.locator("#site-search").focus();
  const list = page.getByTestId("search-panel").getByRole("listbox", { name: "大家最常看" }).getByRole("option");
  await expect(list).toHaveCount(5);
  expect(asked).toHaveLength(1);
});

test("the share bar's link and QR code are drawn on the server; only its buttons are client code", async ({ request }) => {
  const html = await (await request.get("/articles/penalty-interest")).text();
  expect(html).toMatch(/<a href="[^"]+\/articles\/penalty-interest" class="share-url/);
  expect(html).toContain('src="/articles/penalty-interest/qr.svg"');
  const payload = rscPayload(html);
  // Server-drawn markup appears in the payload as elements; a client ShareBar would carry its props instead.
  expect(payload).not.toMatch(/"qrSrc":/);
  expect(payload).toContain("在手机上打开（二维码）");
});

test("an article's reading content is sent once, as HTML, not again as React data", async ({ request }) => {
  const site = await loadRealSite();
  for (const slug of ["lawsuit-and-enforcement", "emergency-contact-no-repay"]) {
    const article = site.articles.find((a) => a.slug === slug)!;
    const html = await (await request.get(`/articles/${slug}`)).text();
    const payload = rscPayload(html);
    // The payload still carries the page's frame (title, header, footer)…
    expect(payload).toContain(article.title);
    // …but not the body, the FAQ answers, the quoted law texts or the sources, which are all in the HTML.
    const firstParagraph = /<p>([^<]{12,})/.exec(article.html)![1];
    for (const text of [firstParagraph.slice(0, 12), article.faq[0].a.slice(0, 8), "本文引用的法条", article.sources[0].title.slice(0, 10), "相关文章"]) {
      expect(html, `${slug}: ${text}`).toContain(text);
      expect(payload, `${slug}: ${text}`).not.toContain(text);
    }
    expect(html.match(/application\/ld\+json/g)?.length, slug).toBe(3);
  }
});

test("if React ever draws the article content afresh in the browser, the content is read back from the page", async ({ page }) => {
  // Serve the page once with its content regions emptied, as a client-side re-render would leave them;
  // the page's own fetch of its address then gets the real HTML.
  let served = false;
  await page.route("**/articles/penalty-interest", async (route) => {
    if (served || route.request().resourceType() !== "document") return route.continue();
    served = true;
    const response = await route.fetch();
    const original = await response.text();
    const html = original.replace(/(<div id="article-content-main"[^>]*>)[\s\S]*?(<\/div><p role="status")/, "$1$2");
    expect(html.length).toBeLessThan(original.length - 5000);
    await route.fulfill({ response, body: html });
  });
  await page.goto("/articles/penalty-interest");
  expect(served).toBe(true);
  await expect(page.locator("#article-content-main .article-body")).toBeVisible();
  await expect(page.locator("#article-content-main #faq")).toBeVisible();
});
