import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };

async function tapCitationAndSeeText(page: Page) {
  await page.goto("/articles/what-is-emergency-contact");
  const citation = page.locator('main a.law-cite[href="#law-minfadian-1033"]').first();
  await expect(citation).toBeVisible();
  await citation.click();
  const footnote = page.locator('[id="law-minfadian-1033"]');
  await expect(footnote).toBeInViewport();
  await expect(footnote).toContainText("第一千零三十三条");
  await expect(footnote).toContainText("以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁");
  await expect(footnote).toContainText("2021年1月1日起施行");
  await expect(footnote.getByRole("link", { name: "在法条页查看" })).toHaveAttribute("href", "/law/minfadian#1033");
  expect(await footnote.evaluate((element) => element.matches(":target"))).toBe(true);
}

test("tapping a citation in an article shows that article's words (phone, JavaScript on)", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await tapCitationAndSeeText(page);
});

test("the same works with JavaScript off, and FAQ answers and sources link too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await tapCitationAndSeeText(page);
  // Sources point at the law page's anchor; FAQ citations at the footnote.
  await expect(page.locator('section[aria-labelledby="sources"] a[href="/law/minfadian#1033"]')).toHaveCount(1);
  await page.goto("/articles/emergency-contact-no-repay");
  await expect(page.locator('#faq ~ dl a.law-cite, dl a.law-cite').first()).toHaveAttribute("href", /^#law-/);
  await context.close();
});

test("/law lists the instruments; a law page has each article at #条号 with the articles that cite it", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/law");
  await expect(page.getByRole("heading", { level: 1, name: "法条原文" })).toBeVisible();
  await expect(page.getByText("金融机构个人消费类贷款催收工作指引（试行）")).toBeVisible(); // by name only, with why
  await page.getByRole("link", { name: "《中华人民共和国民法典》" }).click();
  await expect(page).toHaveURL(/\/law\/minfadian$/);
  const entry = page.locator('li[id="1033"]');
  await expect(entry.getByRole("heading", { name: "第一千零三十三条" })).toBeVisible();
  await expect(entry.getByText("本站引用此条的文章")).toBeVisible();
  await expect(entry.getByRole("link", { name: "紧急联系人是什么？平台什么时候会打给他？" })).toBeVisible();
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.some((text) => JSON.parse(text)["@type"] === "Legislation" || JSON.stringify(JSON.parse(text)).includes('"Legislation"'))).toBe(true);
});

test("axe: no violations on a law page and on an article with a citation opened", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const problems: string[] = [];
  for (const url of ["/law", "/law/minfadian#1033", "/articles/what-is-emergency-contact#law-minfadian-1033"]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    for (const violation of results.violations) problems.push(`${url}: ${violation.id} ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  }
  expect(problems).toEqual([]);
});

test("searching 民法典1033条 leads to the quoted article and the articles citing it (no JavaScript needed)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/search?q=${encodeURIComponent("民法典1033条")}`);
  const lawLink = page.getByRole("link", { name: "《民法典》第一千零三十三条" });
  await expect(lawLink).toHaveAttribute("href", "/law/minfadian#1033");
  await lawLink.click();
  await expect(page.locator('li[id="1033"]')).toBeInViewport();
  await context.close();
});

test("tool results and letter templates link their citations to the quoted text", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/tools/complain?what=credit-error&sent=1#result");
  const cite = page.locator('a.law-cite[href="/law/zhengxinye-tiaoli#25"]').first();
  await expect(cite).toBeVisible();
  await page.goto("/tools/timeline?due=2026-01-01&principal=3000&asof=2026-02-10");
  await expect(page.locator('a.law-cite[href="/law/zhengxinye-tiaoli#16"]').first()).toBeVisible();
  await page.goto("/tools/letters/stop-third-party");
  const quoted = page.locator('[id="law-minfadian-1033"]');
  await expect(quoted).toContainText("侵扰他人的私人生活安宁");
  await expect(page.locator('[id="law-geren-xinxi-baohufa-10"]')).toBeVisible();
});
