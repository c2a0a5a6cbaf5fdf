import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

test("home → topic → article, with the Chinese title and body", async ({ page }) => {
  const site = await loadRealSite();
  const topic = site.topics.find((t) => t.id === "emergency-contacts")!;
  const first = site.articles.find((a) => a.topic === topic.id)!;

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.locator(`main a[href="/topics/${topic.id}"]`).click();
  await expect(page).toHaveURL(`/topics/${topic.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.name);

  await page.getByRole("link", { name: first.title }).click();
  await expect(page).toHaveURL(`/articles/${first.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
  await expect(page.getByText(first.summary).first()).toBeVisible();
  const firstParagraph = first.sections[0].text.split("\n")[0].slice(0, 20);
  await expect(page.locator(".prose").getByText(firstParagraph).first()).toBeVisible();
  await expect(page.getByText("不构成法律意见").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "面包屑导航" })).toContainText(topic.name);
});

test("a #heading-id link lands on that heading", async ({ page }) => {
  const site = await loadRealSite();
  const article = site.articles.find((a) => a.headings.length >= 4)!;
  const heading = article.headings[article.headings.length - 1];
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto(`/articles/${article.slug}#${heading.id}`);
  const target = page.locator(`[id="${heading.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(heading.text);
  // The visible anchor link points at the same id.
  await expect(target.locator("a.heading-anchor")).toHaveAttribute("href", `#${heading.id}`);
});

test("articles render fully with JavaScript disabled", async ({ browser }) => {
  const site = await loadRealSite();
  const article = site.articles[0];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByRole("heading", { name: "常见问题" })).toBeVisible();
  await expect(page.locator(`[id="${article.faq[0].id}"]`)).toContainText(article.faq[0].q);
  await expect(page.getByRole("heading", { name: "资料来源" })).toBeVisible();
  await context.close();
});

test("an unknown slug answers 404 with a Chinese page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  const topicResponse = await page.goto("/topics/no-such-topic");
  expect(topicResponse?.status()).toBe(404);
});

test("the home page search box submits to /search as a plain GET form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  // The header's box is the home page's one search box (issue 15); the results page has its own.
  await page.locator("#site-search").fill("紧急联系人");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.locator("#page-search")).toHaveValue("紧急联系人");
  await context.close();
});
