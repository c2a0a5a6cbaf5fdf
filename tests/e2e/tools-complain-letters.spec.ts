import { expect, test } from "@playwright/test";

test("the finder shows 110 first for a door visit with threats (JavaScript off, GET form)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tools/complain");
  await page.getByLabel("我本人").check();
  await page.getByLabel("有人上门（家里或单位）").check();
  await page.getByLabel("威胁、恐吓或辱骂").check();
  await page.getByLabel("消费金融公司").check();
  await page.getByRole("button", { name: "查看该找谁" }).click();
  await expect(page).toHaveURL(/what=door-visit/);
  const channels = page.getByTestId("channels").locator(":scope > li");
  await expect(channels.first()).toHaveAttribute("data-channel", "110");
  await expect(channels.first()).toContainText("公安机关 110");
  await expect(channels.nth(1)).toHaveAttribute("data-channel", "lender");
  await expect(page.getByLabel("投诉清单")).toHaveValue(/1\. 公安机关 110/);
  await context.close();
});

test("an unknown option in the URL gets a Chinese error, not a crash", async ({ page }) => {
  const response = await page.goto("/tools/complain?what=nope");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "请改一下" })).toContainText("发生了什么：没有“nope”这个选项");
});

test("a letter is filled, copied and downloaded with the typed text, and no request carries it", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  const NAME = "测试人甲乙丙";
  const PLAN = "每月十五日还五百元分八期";
  const seen: string[] = [];
  page.on("request", (request) => {
    seen.push([request.url(), request.postData() ?? "", JSON.stringify(request.headers())].join("\n"));
  });

  await page.goto("/tools/letters/negotiate-repayment");
  await expect(page.getByTestId("letter-text")).toContainText("【你的姓名】");
  await page.getByLabel("你的姓名").fill(NAME);
  await page.getByLabel("你能做到的还款方案").fill(PLAN);
  await page.getByLabel("你能做到的还款方案").press("Enter"); // Enter must not submit anything
  await expect(page.getByTestId("letter-text")).toContainText(`我是借款人${NAME}`);
  await expect(page.getByTestId("letter-text")).toContainText(PLAN);
  await expect(page.getByTestId("letter-text")).toContainText("【出借机构名称】");

  await page.getByRole("button", { name: "复制全文" }).click();
  await expect(page.getByRole("button", { name: "已复制" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`申请人：${NAME}`);
  expect(copied).toContain(PLAN);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 .txt" }).click()]);
  expect(download.suggestedFilename()).toBe("协商还款申请.txt");
  const downloaded = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(downloaded).toString("utf8");
  expect(text).toContain(`我是借款人${NAME}`);
  expect(text).toBe(copied);

  // Print shows only the letter; the phone layout has no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("letter-text")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(page.getByLabel("你的姓名")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.waitForTimeout(300);
  expect(seen.length).toBeGreaterThan(0); // the listener did see the page's own requests
  for (const entry of seen) {
    expect(entry).not.toContain(NAME);
    expect(entry).not.toContain(encodeURIComponent(NAME));
    expect(entry).not.toContain(encodeURIComponent(PLAN));
  }
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await context.close();
});

test("without JavaScript the letter is shown with its blanks", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tools/letters/credit-objection");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("征信异议申请");
  await expect(page.getByTestId("letter-text")).toContainText("【有错的记录】");
  await expect(page.getByTestId("letter-text")).toContainText("《征信业管理条例》第二十五条");
  await expect(page.getByText("不会发送到服务器").first()).toBeVisible();
  await context.close();
});

test("tools are linked from the home page and from their articles, each with its own title", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "实用工具" }).getByRole("link", { name: /投诉渠道查询/ }).click();
  await expect(page).toHaveURL("/tools/complain");
  await expect(page).toHaveTitle(/投诉渠道查询/);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain("12378");

  await page.goto("/articles/penalty-interest");
  const box = page.getByRole("complementary", { name: "相关工具" });
  await box.getByRole("link", { name: "逾期计算器" }).click();
  await expect(page).toHaveURL("/tools/timeline");
  await expect(page).toHaveTitle(/逾期计算器/);

  await page.goto("/articles/emergency-contact-no-repay");
  await expect(page.getByRole("complementary", { name: "相关工具" }).getByRole("link", { name: /请停止联系与借款无关的人/ })).toHaveAttribute(
    "href",
    "/tools/letters/stop-third-party",
  );
  await page.goto("/tools/letters/stop-third-party");
  await expect(page).toHaveTitle(/请停止联系与借款无关的人/);
});
