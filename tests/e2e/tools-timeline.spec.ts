import { expect, test } from "@playwright/test";

// A known input: due 2026-02-03, 3,000 元, 0.05% a day, calculated on 2026-03-15 → 40 days, 60.00 元.
const KNOWN = { due: "2026-02-03", principal: "3000", rate: "0.05", asof: "2026-03-15" };

async function expectKnownResult(page: import("@playwright/test").Page) {
  await expect(page.getByTestId("timeline-summary")).toContainText("已经逾期 40 天");
  await expect(page.getByTestId("penalty-formula").first()).toHaveText("罚息 ≈ 3,000.00 元 × 0.05% × 40 天 = 60.00 元");
  const steps = page.getByTestId("timeline-steps");
  await expect(steps.locator("time").first()).toHaveAttribute("datetime", "2026-02-04");
  await expect(steps.locator('time[datetime="2026-05-04"]')).toHaveCount(1); // day 90
  await expect(steps).toContainText("法律规定：《民法典》第六百七十六条");
  await expect(steps).toContainText("常见做法，以合同和平台页面为准");
  await expect(page.getByTestId("credit-deletion")).toContainText("2031年3月15日");
  // A reader looking at a calculated debt sees where to turn, with tap-to-call links.
  await expect(page.getByRole("note").filter({ hasText: "心理援助热线" }).getByRole("link", { name: "12356" })).toHaveAttribute("href", "tel:12356");
}

test("the calculator gives the expected dates and amount (JavaScript on)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/tools/timeline");
  await page.getByLabel("还款日").fill(KNOWN.due);
  await page.getByLabel("逾期本金").fill(KNOWN.principal);
  await page.getByLabel("罚息日利率").fill(KNOWN.rate);
  await page.getByText("更多：打算哪天还清").click();
  await page.getByLabel("计算日期").fill(KNOWN.asof);
  await page.getByRole("button", { name: "计算" }).click();
  await expect(page).toHaveURL(/\/tools\/timeline\?/);
  await expectKnownResult(page);
  // No horizontal scrolling on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the GET form works with JavaScript off and its URL can be shared", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tools/timeline");
  await page.getByLabel("还款日").fill(KNOWN.due);
  await page.getByLabel("逾期本金").fill(KNOWN.principal);
  await page.getByLabel("罚息日利率").fill(KNOWN.rate);
  await page.getByText("更多：打算哪天还清").click();
  await page.getByLabel("计算日期").fill(KNOWN.asof);
  await page.getByRole("button", { name: "计算" }).click();
  await expectKnownResult(page);
  const shared = page.url();
  expect(new URL(shared).searchParams.get("principal")).toBe("3000");

  const other = await context.newPage();
  await other.goto(shared);
  await expectKnownResult(other);
  await context.close();
});

test("bad input gets a Chinese message naming the field, and keeps what was typed", async ({ page }) => {
  const response = await page.goto("/tools/timeline?due=2026-02-30&principal=abc&rate=");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "请改一下" })).toContainText("还款日：请按 年-月-日");
  await expect(page.getByRole("alert").filter({ hasText: "请改一下" })).toContainText("逾期本金：请填写数字");
  await expect(page.getByLabel("逾期本金")).toHaveValue("abc");
});

test("without a rate the page shows the formula and days, no invented amount", async ({ page }) => {
  await page.goto("/tools/timeline?days=10&principal=3000");
  await expect(page.getByTestId("penalty-formula").first()).toHaveText("罚息 ≈ 逾期本金 3,000.00 元 × 罚息日利率 × 10 天");
  await expect(page.getByText("不会替你假设一个利率")).toBeVisible();
});
