import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

test("/updates lists the dated changes newest first, each linking to its articles; the article links back", async ({ browser }) => {
  const site = await loadRealSite();
  expect(site.updates.length).toBeGreaterThan(0);
  // Works without JavaScript: it is a plain list of links.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/updates");
  await expect(page.getByRole("heading", { level: 1, name: "政策与内容更新" })).toBeVisible();
  const dates = await page.locator("main li[id] time").allTextContents();
  expect(dates.length).toBe(site.updates.length);
  expect([...dates].sort().reverse()).toEqual(dates);

  const newest = site.updates[0];
  const entry = page.locator(`li[id="${newest.id}"]`);
  await expect(entry.getByRole("heading", { name: newest.title })).toBeVisible();
  const slug = newest.articles[0];
  const article = site.articles.find((a) => a.slug === slug)!;
  await entry.getByRole("link", { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));

  const record = page.locator("section", { has: page.getByRole("heading", { name: "本文更新记录" }) });
  await expect(record.getByRole("link", { name: newest.title })).toHaveAttribute("href", `/updates#${newest.id}`);
  // Every page's footer links to /updates.
  await expect(page.locator("footer").getByRole("link", { name: "政策与内容更新" })).toHaveAttribute("href", "/updates");
  await context.close();
});

test("the Atom feed carries the /updates entries", async ({ request }) => {
  const site = await loadRealSite();
  const feed = await (await request.get("/feed.xml")).text();
  for (const entry of site.updates) expect(feed).toContain(`/updates#${entry.id}`);
});

test("/about says who runs the site, how content is checked and how to report an error; every footer links it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.locator("footer").getByRole("link", { name: "关于本站" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1, name: "关于本站" })).toBeVisible();
  for (const heading of ["谁在写，怎么核对", "发现错误怎么告诉我们", "本站不是什么"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByText("不是律师事务所")).toBeVisible();
  // The e2e server sets no CONTACT_EMAIL: the page points at a channel that exists instead of nowhere.
  await expect(page.getByText("这篇有帮助吗？")).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "政策与内容更新" })).toHaveAttribute("href", "/updates");
});
