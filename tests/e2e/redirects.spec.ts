import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

test("an old slug (aliases) answers 308 to the article's current URL", async ({ request, page }) => {
  const site = await loadRealSite();
  const renamed = site.articles.filter((article) => article.aliases.length > 0);
  expect(renamed.length).toBeGreaterThan(0);
  for (const article of renamed) {
    for (const alias of article.aliases) {
      const response = await request.get(`/articles/${alias}`, { maxRedirects: 0 });
      expect(response.status(), alias).toBe(308);
      expect(response.headers()["location"], alias).toBe(`/articles/${article.slug}`);
    }
  }
  // A browser following the old link lands on the article, section anchor kept.
  const article = renamed[0];
  const heading = article.headings[0];
  await page.goto(`/articles/${article.aliases[0]}#${heading.id}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
});
