import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";

// Issue 15, items 5–7 for the tools: the answer on the first screen of a phone, tap-to-call numbers,
// and buttons that work in WeChat and are not shown when they cannot work.
const PHONE = { width: 390, height: 844 };
const WECHAT_UA =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.50";

async function phonePage(browser: Browser, options: { javaScript?: boolean; userAgent?: string; clipboard?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: PHONE,
    javaScriptEnabled: options.javaScript ?? true,
    userAgent: options.userAgent,
    permissions: options.clipboard ? ["clipboard-read", "clipboard-write"] : [],
  });
  return { context, page: await context.newPage() };
}

/** The whole box lies inside the 390×844 viewport: seen without scrolling. */
async function expectOnScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  // The browser scrolls to the fragment once the page has loaded; give it that moment.
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
    })
    .toBe(true);
}

async function fillTimeline(page: Page) {
  await page.getByLabel("还款日").fill("2026-02-03");
  await page.getByLabel("逾期本金").fill("3000");
  await page.getByRole("button", { name: "计算" }).click();
}

async function fillComplaint(page: Page) {
  await page.getByLabel("我本人").check();
  await page.getByLabel("威胁、恐吓或辱骂").check();
  await page.getByLabel("消费金融公司").check();
  await page.getByRole("button", { name: "查看该找谁" }).click();
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? "JavaScript on" : "JavaScript off";

  test(`the timeline result is on the first screen of a phone after submitting (${mode})`, async ({ browser }) => {
    const { context, page } = await phonePage(browser, { javaScript });
    await page.goto("/tools/timeline");
    await fillTimeline(page);
    await expect(page).toHaveURL(/\/tools\/timeline\?.*#result$/);
    await expectOnScreen(page, page.getByRole("heading", { name: "你的情况" }));
    if (javaScript) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("result");
    await context.close();
  });

  test(`the complaint finder's answer is on the first screen of a phone after submitting (${mode})`, async ({ browser }) => {
    const { context, page } = await phonePage(browser, { javaScript });
    await page.goto("/tools/complain");
    await fillComplaint(page);
    await expect(page).toHaveURL(/\/tools\/complain\?.*#result$/);
    await expectOnScreen(page, page.getByRole("heading", { name: "按这个顺序联系" }));
    if (javaScript) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("result");
    await context.close();
  });

  test(`an empty submit names what is missing, on screen (${mode})`, async ({ browser }) => {
    const { context, page } = await phonePage(browser, { javaScript });
    await page.goto("/tools/timeline");
    await page.getByRole("button", { name: "计算" }).click();
    const timelineAlert = page.getByRole("alert").filter({ hasText: "请改一下" });
    await expect(timelineAlert).toContainText("请填写还款日");
    await expect(timelineAlert).toContainText("逾期本金：请填写逾期的本金金额");
    await expectOnScreen(page, timelineAlert);
    await expect(page.getByRole("heading", { name: "你的情况" })).toHaveCount(0);

    await page.goto("/tools/complain");
    await page.getByRole("button", { name: "查看该找谁" }).click();
    const complaintAlert = page.getByRole("alert").filter({ hasText: "请改一下" });
    await expect(complaintAlert).toContainText("请至少选择一种情况");
    await expectOnScreen(page, complaintAlert);
    await expect(page.getByRole("heading", { name: "按这个顺序联系" })).toHaveCount(0);
    await context.close();
  });
}

test("a first visit to a tool shows the form without error messages", async ({ page }) => {
  for (const url of ["/tools/timeline", "/tools/complain"]) {
    await page.goto(url);
    await expect(page.getByRole("alert").filter({ hasText: "请改一下" })).toHaveCount(0);
  }
});

test("hotline numbers in tool results and letter guidance are tap-to-call links", async ({ page }) => {
  await page.goto("/tools/complain?who=self&what=threats&lender=consumer-finance");
  const channels = page.getByTestId("channels");
  await expect(channels.locator('a[href="tel:12378"]').first()).toHaveText("12378");
  await expect(channels.locator('a[href="tel:110"]').first()).toHaveText("110");
  await page.goto("/tools/complain?who=self&lender=microloan");
  await expect(page.getByTestId("channels").locator('a[href="tel:12345"]').first()).toBeVisible();

  // The day-90 step tells the reader to check court messages with 12368.
  await page.goto("/tools/timeline?due=2026-02-03&principal=3000&asof=2026-06-15");
  await expect(page.getByTestId("timeline-steps").locator('a[href="tel:12368"]')).toHaveText("12368");
  // Dates and amounts around the steps stay plain text.
  await expect(page.getByTestId("timeline-steps").locator('a[href^="tel:"]')).toHaveCount(1);

  await page.goto("/tools/letters/complaint-letter");
  const guidance = page.locator("header").filter({ hasText: "写给：" });
  await expect(guidance.locator('a[href="tel:12378"]')).toHaveText("12378");
  await expect(guidance.locator('a[href="tel:12363"]')).toHaveText("12363");
  await page.goto("/tools/letters/credit-objection");
  await expect(page.locator("header").filter({ hasText: "怎么发：" }).locator('a[href="tel:12363"]')).toBeVisible();
});

test("in WeChat the letter offers copy instead of print and download, and copying works", async ({ browser }) => {
  const { context, page } = await phonePage(browser, { userAgent: WECHAT_UA, clipboard: true });
  await page.goto("/tools/letters/negotiate-repayment");
  await page.getByLabel("你的姓名").fill("测试人");
  await expect(page.getByRole("button", { name: "复制全文" })).toBeVisible();
  await expect(page.getByRole("button", { name: "打印" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "下载 .txt" })).toHaveCount(0);
  await expect(page.getByTestId("wechat-letter-note")).toContainText("在浏览器中打开");
  await page.getByRole("button", { name: "复制全文" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制到剪贴板" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("我是借款人测试人");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await context.close();
});

test("outside WeChat the letter keeps print and download", async ({ browser }) => {
  const { context, page } = await phonePage(browser);
  await page.goto("/tools/letters/negotiate-repayment");
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expect(page.getByRole("button", { name: "下载 .txt" })).toBeVisible();
  await expect(page.getByTestId("wechat-letter-note")).toHaveCount(0);
  await context.close();
});

test("a failed copy says so in visible text, not only to screen readers (WeChat, phone)", async ({ browser }) => {
  const { context, page } = await phonePage(browser, { userAgent: WECHAT_UA });
  // An old in-app browser: no Clipboard API and execCommand("copy") refused.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    document.execCommand = () => false;
  });
  await page.goto("/tools/complain?who=self&what=threats&lender=consumer-finance");
  await page.getByRole("button", { name: "复制清单" }).click();
  const message = page.getByRole("status").filter({ hasText: "没能自动复制" });
  await expect(message).toContainText("请长按上面的文字手动复制");
  await expect(message).toBeVisible();
  const box = await message.boundingBox();
  expect(box!.width).toBeGreaterThan(100); // not a 1px sr-only box
  expect(box!.height).toBeGreaterThan(10);
  await context.close();
});

test("without JavaScript no button that needs it is shown on the tools", async ({ browser }) => {
  const { context, page } = await phonePage(browser, { javaScript: false });
  await page.goto("/tools/complain?who=self&what=threats&lender=consumer-finance");
  await expect(page.getByLabel("投诉清单")).toBeVisible(); // the checklist is there to long-press and copy
  await expect(page.getByRole("button", { name: "复制清单" })).toHaveCount(0);
  await page.goto("/tools/letters/negotiate-repayment");
  await expect(page.getByTestId("letter-text")).toBeVisible();
  await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  await context.close();

  // With JavaScript the same pages do offer copying.
  const { context: withJs, page: interactive } = await phonePage(browser);
  await interactive.goto("/tools/complain?who=self&what=threats&lender=consumer-finance");
  await expect(interactive.getByRole("button", { name: "复制清单" })).toBeVisible();
  await withJs.close();
});

test("the new states have no axe violations: empty-submit messages, the focused result, WeChat's letter note", async ({ browser }) => {
  const { context, page } = await phonePage(browser, { userAgent: WECHAT_UA, clipboard: true });
  const problems: string[] = [];
  const check = async (what: string) => {
    for (const violation of (await new AxeBuilder({ page }).analyze()).violations) problems.push(`${what}: ${violation.id} ${violation.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  };
  for (const url of ["/tools/timeline?sent=1#result", "/tools/complain?sent=1#result", "/tools/complain?who=self&what=threats&lender=bank&sent=1#result"]) {
    await page.goto(url);
    await check(url);
  }
  await page.getByRole("button", { name: "复制清单" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制到剪贴板" })).toBeVisible();
  await check("copied message");
  await page.goto("/tools/letters/negotiate-repayment");
  await expect(page.getByTestId("wechat-letter-note")).toBeVisible();
  await check("WeChat letter");
  expect(problems).toEqual([]);
  await context.close();
});
