import { expect, test, type Page } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

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
