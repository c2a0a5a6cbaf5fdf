import { expect, test, type Page } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";
import { E2E_ADMIN_PASSWORD } from "../helpers/e2e-env";

/** Collects CSP violations reported by the page itself and by the browser console. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("every kind of page sends the security headers", async ({ request }) => {
  const site = await loadRealSite();
  for (const url of ["/", `/topics/${site.topics[0].id}`, `/articles/${site.articles[0].slug}`, "/search?q=征信", "/articles/missing"]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBeTruthy();
    expect(headers["permissions-policy"], url).toContain("camera=()");
    const csp = headers["content-security-policy"];
    expect(csp, url).toContain("frame-ancestors 'none'");
    const scriptSrc = csp.split(";").find((part) => part.trim().startsWith("script-src"))!;
    expect(scriptSrc, url).not.toContain("unsafe-inline");
    expect(scriptSrc, url).not.toContain("unsafe-eval");
  }
});

test("browsing and searching cause no CSP violation, and client scripts run", async ({ page }) => {
  const site = await loadRealSite();
  const violations = await watchCsp(page);
  await page.goto("/");
  await page.locator(`main a[href="/topics/${site.topics[0].id}"]`).click();
  await expect(page).toHaveURL(`/topics/${site.topics[0].id}`);
  const article = site.articles.find((a) => a.topic === site.topics[0].id)!;
  await page.locator(`a[href="/articles/${article.slug}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await page.goto("/search?q=紧急联系人");
  await page.goto("/articles/missing");
  // Client-side navigation above only works when Next's inline bootstrap scripts were allowed to run.
  expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
  expect(await violations()).toEqual([]);
});

// Issue 17, finding 9: input that used to end in a bare 500 without security headers.
test("TRACE, a malformed % in a dynamic segment and a NUL in the search log get a 4xx with a Chinese message", async ({ request }) => {
  const site = await loadRealSite();
  for (const url of ["/", `/articles/${site.articles[0].slug}`, "/api/comments"]) {
    const trace = await request.fetch(url, { method: "TRACE" });
    expect(trace.status(), `TRACE ${url}`).toBe(405);
    expect(trace.headers()["allow"]).toContain("GET");
    expect(await trace.text()).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const url of ["/articles/%ff/comments", "/articles/%ff", `/topics/%E0%A4%A`, "/api/comments/%ff/helpful"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(response.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(await response.text(), url).toContain("网址里有无法识别的编码");
  }
  const nul = await request.post("/api/search-log", {
    headers: { "content-type": "application/json", "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36" },
    data: JSON.stringify({ query: "征信\u0000黑名单", event: "zero" }),
  });
  expect(nul.status()).toBe(202);
});

// Issue 17, finding 4: a hostile page must not be able to post from its visitors' browsers.
test("cross-site posts are refused with 403 and a Chinese reason on every state-changing endpoint", async ({ request }) => {
  const site = await loadRealSite();
  const article = site.articles[0].slug;
  const foreign = { origin: "https://evil.example", referer: "https://evil.example/page" };
  const forms: [string, Record<string, string>][] = [
    ["/api/comments", { article, nickname: "", body: "跨站提交的留言不应该被保存", website: "" }],
    ["/api/feedback", { article, helpful: "yes", reason: "" }],
    ["/api/comments/1/helpful", {}],
    ["/api/admin/login", { password: "whatever" }],
    ["/api/admin/logout", {}],
  ];
  for (const [url, form] of forms) {
    const response = await request.post(url, { form, headers: foreign, maxRedirects: 0 });
    expect(response.status(), url).toBe(403);
    expect(await response.text(), url).toContain("来自其他网站");
  }
  for (const url of ["/api/views", "/api/search-log"]) {
    const response = await request.post(url, { headers: { ...foreign, "content-type": "application/json" }, data: JSON.stringify({ article, query: "x", event: "zero" }) });
    expect(response.status(), url).toBe(403);
  }
  // Nothing was published by the cross-site comment.
  const listed = await (await request.get(`/api/comments?article=${article}`)).json();
  expect(JSON.stringify(listed)).not.toContain("跨站提交的留言");
});

test("logout ends the admin session on the server: a kept copy of the cookie no longer opens /admin", async ({ request, baseURL }) => {
  const origin = { origin: baseURL! };
  const login = await request.post("/api/admin/login", { form: { password: E2E_ADMIN_PASSWORD }, headers: origin, maxRedirects: 0 });
  expect(login.status()).toBe(303);
  const cookie = login.headers()["set-cookie"].split(";")[0];
  const asAdmin = { cookie };
  expect(await (await request.get("/admin", { headers: asAdmin })).text()).toContain("待审核");
  const logout = await request.post("/api/admin/logout", { headers: { ...origin, ...asAdmin }, maxRedirects: 0 });
  expect(logout.status()).toBe(303);
  const after = await (await request.get("/admin", { headers: asAdmin })).text();
  expect(after).toContain("留言管理：登录");
  expect(after).not.toContain("待审核");
});

// Issue 17, finding 2: with no TRUSTED_PROXY (the e2e server has none), X-Forwarded-For is the client's own invention.
test("a made-up X-Forwarded-For does not make a new reader", async ({ request }) => {
  const site = await loadRealSite();
  const userAgent = `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 spoof-${Date.now()}`;
  const counted = [];
  for (const address of ["198.51.100.1", "198.51.100.2", "2001:db8::1"]) {
    const response = await request.post("/api/views", {
      headers: { "content-type": "application/json", "user-agent": userAgent, "x-forwarded-for": address },
      data: JSON.stringify({ article: site.articles[1].slug }),
    });
    expect(response.ok()).toBe(true);
    counted.push((await response.json()).counted);
  }
  expect(counted).toEqual([true, false, false]);
});
