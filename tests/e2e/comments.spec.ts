import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN_PASSWORD } from "../helpers/e2e-env";
import { loadRealSite } from "../helpers/real-site";

// The first request creates the PGlite data directory (~5 s on a busy 2-core machine).
test.describe.configure({ timeout: 90_000 });

async function firstArticleSlug(): Promise<string> {
  return (await loadRealSite()).articles[0].slug;
}

async function adminLogin(page: Page) {
  await page.goto("/admin");
  await page.getByLabel("管理密码").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "留言管理" })).toBeVisible();
}

test("without JavaScript: a comment with a phone number is masked, held, approved, then shown to a new reader", async ({ browser }) => {
  const slug = await firstArticleSlug();
  const marker = `e2e-${Date.now()}`;
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(`/articles/${slug}`);
  await expect(page.getByText("请不要留下手机号、身份证号")).toBeVisible();
  await page.getByLabel("昵称").fill("小王");
  await page.getByLabel("你的情况或问题").fill(`${marker} 催收一直打我电话 13812345678，还说要联系我家人`);
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/comments\\?posted=pending`));
  await expect(page.getByTestId("comment-notice")).toContainText("审核后公开");
  await expect(page.getByTestId("comment-notice")).toContainText("手机号");
  await expect(page.getByText(marker)).toHaveCount(0); // held, not public yet
  await reader.close();

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await adminLogin(adminPage);
  const row = adminPage.getByTestId("admin-comment").filter({ hasText: marker });
  await expect(row).toContainText("[手机号已隐藏]");
  await expect(row).not.toContainText("13812345678");
  await expect(row).toContainText("包含联系方式");
  await row.getByRole("button", { name: "通过" }).click();
  await adminPage.goto("/admin");
  const approvedRow = adminPage.locator("#approved ~ ol [data-testid=admin-comment]").filter({ hasText: marker }).first();
  await approvedRow.getByLabel("官方回复").fill("紧急联系人没有替你还款的义务。");
  await approvedRow.getByRole("button", { name: "保存官方回复" }).click();
  await admin.close();

  // A new reader, with JavaScript, on the static article page.
  const next = await browser.newContext();
  const nextPage = await next.newPage();
  await nextPage.goto(`/articles/${slug}`);
  // The comment code loads when the section nears the screen.
  await nextPage.locator("#comments-section").scrollIntoViewIfNeeded();
  const shown = nextPage.getByTestId("comment").filter({ hasText: marker });
  await expect(shown).toContainText("[手机号已隐藏]");
  await expect(shown).toContainText("小王");
  await expect(shown.getByTestId("official-reply")).toContainText("紧急联系人没有替你还款的义务");
  await expect(nextPage.locator("body")).not.toContainText("13812345678");
  await next.close();

  // And without JavaScript, on the server-rendered comments page.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const noJsPage = await noJs.newPage();
  await noJsPage.goto(`/articles/${slug}/comments`);
  await expect(noJsPage.getByTestId("comment").filter({ hasText: marker })).toContainText("[手机号已隐藏]");
  await noJs.close();
});

test("markup in a comment is shown as text and runs nothing", async ({ page }) => {
  const slug = await firstArticleSlug();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/articles/${slug}`);
  // The comment code loads when the section nears the screen; its heading then shows the count.
  await page.locator("#comments-section").scrollIntoViewIfNeeded();
  await expect(page.getByRole("heading", { name: /读者留言（\d+）/ })).toBeVisible();
  const payload = `xss-${Date.now()} <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> <a href="javascript:alert(3)">点我</a>`;
  await page.getByLabel("你的情况或问题").fill(payload);
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByTestId("comment-notice")).toContainText("留言已发布");
  const shown = page.getByTestId("comment").filter({ hasText: "xss-" });
  await expect(shown).toContainText('<img src=x onerror="window.__pwned=1;alert(1)">');
  await expect(shown).toContainText("<script>window.__pwned=2</script>");
  await expect(shown.locator("img, script, a")).toHaveCount(0);

  // The server-rendered page escapes it too.
  await page.goto(`/articles/${slug}/comments`);
  await expect(page.getByTestId("comment").filter({ hasText: "xss-" })).toContainText("<script>");
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("the comment code loads only when the section nears the screen, and what was typed before stays", async ({ page }) => {
  const slug = await firstArticleSlug();
  const listRequests: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname === "/api/comments") listRequests.push(request.url());
  });
  await page.goto(`/articles/${slug}`);
  await page.waitForLoadState("networkidle");
  // At the top of the page: nothing fetched, but the plain form and the comments page link are there.
  expect(listRequests).toEqual([]);
  await expect(page.getByRole("heading", { name: "读者留言", exact: true })).toBeAttached();
  await expect(page.locator(`#comments-section a[href="/articles/${slug}/comments"]`)).toBeAttached();
  await expect(page.locator('#comment-form[method="post"][action="/api/comments"]')).toBeAttached();

  // Typing in the form before its code has arrived (held back 1.5 s here): the text and the cursor survive the
  // switch to the live form.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const marker = `carry-${Date.now()}`;
  await page.getByLabel("你的情况或问题").fill(`${marker} 平台说要联系我的紧急联系人`);
  await expect(page.getByRole("heading", { name: /读者留言（\d+）/ })).toBeVisible();
  expect(listRequests.length).toBeGreaterThan(0);
  await expect(page.getByLabel("你的情况或问题")).toHaveValue(`${marker} 平台说要联系我的紧急联系人`);
  await expect(page.getByLabel("你的情况或问题")).toBeFocused();
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByTestId("comment-notice")).toContainText("留言已发布");
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
});

test("这篇有帮助吗？ is a plain form in the page; near the screen its code answers in place", async ({ page }) => {
  const slug = await firstArticleSlug();
  await page.goto(`/articles/${slug}`);
  await expect(page.locator('#feedback form[method="post"][action="/api/feedback"]')).toBeAttached();
  await page.getByRole("heading", { name: "这篇有帮助吗？" }).scrollIntoViewIfNeeded();
  // Loaded together with the comment code (both sections near the screen); the comment heading shows it arrived.
  await expect(page.getByRole("heading", { name: /读者留言（\d+）/ })).toBeVisible();
  await page.getByRole("textbox", { name: "还缺什么？（可不填）" }).fill("想看更多例子");
  await page.getByRole("button", { name: "有帮助", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "谢谢你的反馈" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
});

test("without JavaScript: 这篇有帮助吗？ posts and thanks the reader", async ({ browser }) => {
  const slug = await firstArticleSlug();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${slug}`);
  await page.getByRole("button", { name: "没帮助", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/comments\\?feedback=thanks`));
  await expect(page.getByRole("status").filter({ hasText: "谢谢你的反馈" })).toBeVisible();
  await context.close();
});

test("the admin area refuses a wrong password and actions without a session", async ({ page, request }) => {
  await page.goto("/admin");
  await page.getByLabel("管理密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toContainText("管理密码不正确");
  const response = await request.post("/api/admin/comments/1", { form: { action: "delete", csrf: "x" } });
  expect(response.status()).toBe(401);
});
