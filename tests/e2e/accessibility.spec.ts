import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];

async function pagesToCheck(): Promise<string[]> {
  const site = await loadRealSite();
  const article = site.articles.find((a) => a.slug === "emergency-contact-no-repay") ?? site.articles[0];
  return ["/", `/topics/${article.topic}`, `/articles/${article.slug}`, "/search?q=紧急联系人", "/search", "/search?q=车险怎么买最便宜", "/articles/no-such-page",
    "/tools", "/tools/timeline?due=2026-01-01&principal=3000&rate=0.05&asof=2026-02-10", "/tools/complain?who=emergency-contact&what=threats&what=door-visit&lender=bank",
    "/tools/letters/stop-third-party", "/privacy", "/admin", "/updates", "/about"];
}

for (const viewport of viewports) {
  test(`axe finds no violations (${viewport.name})`, async ({ page }) => {
    // About twenty pages, each loaded and analysed: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const problems: string[] = [];
    for (const url of await pagesToCheck()) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        problems.push(`${url}: ${violation.id} (${violation.impact}) ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
