import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

test("header search: results from /api/search as you type (no index download), keyboard to a section", async ({ page }) => {
  // Issue 16: the box asks the server per query; the whole index is only the offline fallback (next test).
  const indexRequests: string[] = [];
  const apiRequests: string[] = [];
  const apiVersions = new Set<string | null>();
  page.on("request", (request) => {
    if (/\/search-index\.[0-9a-f]+\.json$/.test(request.url())) indexRequests.push(request.url());
    if (new URL(request.url()).pathname === "/api/search") {
      apiRequests.push(new URL(request.url()).searchParams.get("q") ?? "");
      apiVersions.add(new URL(request.url()).searchParams.get("v"));
    }
  });
  await page.goto("/articles/penalty-interest");
  await page.waitForLoadState("networkidle");

  await page.keyboard.press("/");
  const box = page.locator("#site-search");
  await expect(box).toBeFocused();
  const panel = page.getByTestId("search-panel");
  // Empty state: most-read articles and the hotlines.
  await expect(panel.getByRole("listbox", { name: "大家最常看" }).getByRole("option").first()).toBeVisible();
  await expect(panel.getByRole("link", { name: "12378" })).toBeVisible();

  await box.fill("緊急聯絡人");
  const options = panel.getByRole("listbox", { name: "搜索结果" }).getByRole("option");
  await expect(options.first()).toContainText("紧急联系人");
  await expect(options.first().locator("mark").first()).toBeVisible();
  expect(apiRequests).toContain("緊急聯絡人");
  // Each request names the build's search-index version, so a deploy changes the URL a cache keys on (issue 16).
  const { v } = (await (await page.request.get("/api/search?q=x")).json()) as { v: string };
  expect(v).toMatch(/^[0-9a-f]{10}$/);
  expect([...apiVersions]).toEqual([v]);

  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  const href = await options.first().locator("a").getAttribute("href");
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+(#.+)?$/);
  await box.press("Enter");
  await expect(page).toHaveURL((url) => decodeURI(url.pathname + url.hash) === decodeURI(href!));
  await expect(page.locator(`[id="${decodeURIComponent(href!.split("#")[1] ?? "")}"]`).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(indexRequests).toHaveLength(0);
});

test("/api/search answers like /search; shared caches keep it long only for this build's search-index version", async ({ request }) => {
  const unversioned = await request.get(`/api/search?q=${encodeURIComponent("爆通讯录")}`);
  const { v } = (await unversioned.json()) as { v: string };
  const seconds = (header: string, name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(header)?.[1]);
  // Without the version, or with another build's (a page from before a deploy): a minute at most.
  for (const stale of [unversioned, await request.get(`/api/search?q=${encodeURIComponent("爆通讯录")}&v=0000000000`)]) {
    expect(stale.headers()["cache-control"]).toMatch(/public/);
    expect(seconds(stale.headers()["cache-control"], "s-maxage")).toBeLessThanOrEqual(60);
  }
  const response = await request.get(`/api/search?q=${encodeURIComponent("爆通讯录")}&v=${v}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(/public/);
  expect(seconds(response.headers()["cache-control"], "s-maxage")).toBeGreaterThanOrEqual(3600);
  const body = (await response.json()) as { results: { url: string }[] };
  expect(body.results[0].url).toMatch(/^\/articles\/address-book-collection-legal/);
  const empty = (await (await request.get(`/api/search?q=${encodeURIComponent("最近买什么股票好")}`)).json()) as { results: unknown[] };
  expect(empty.results).toEqual([]);
});

test("header search falls back to the index when /api/search cannot be reached", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    if (/\/search-index\.[0-9a-f]+\.json$/.test(request.url())) indexRequests.push(request.url());
  });
  await page.route("**/api/search?**", (route) => route.abort());
  await page.goto("/");
  await page.locator("#site-search").fill("罚息");
  const options = page.getByTestId("search-panel").getByRole("listbox", { name: "搜索结果" }).getByRole("option");
  await expect(options.first()).toContainText("罚息");
  expect(indexRequests).toHaveLength(1);
});

test("search works in a narrow phone viewport", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/");
  const box = page.locator("#site-search");
  await box.fill("jiebei yuqi");
  const first = page.getByTestId("search-panel").getByRole("option").first();
  await expect(first).toContainText("借呗");
  const panelBox = await page.getByTestId("search-panel").boundingBox();
  expect(panelBox!.x).toBeGreaterThanOrEqual(0);
  expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(360);
});

test("/search?q= renders ranked, highlighted results with JavaScript off, box prefilled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/search?q=${encodeURIComponent("爆通讯录")}`);
  await expect(page.locator("#page-search")).toHaveValue("爆通讯录");
  const results = page.getByTestId("search-results").locator("li");
  await expect(results.first()).toContainText("通讯录");
  await expect(results.first().locator("mark").first()).toBeVisible();
  await expect(results.first().locator("a").first()).toHaveAttribute("href", /^\/articles\/address-book-collection-legal/);
  // The header form still submits as a plain GET.
  await page.locator("#site-search").fill("罚息");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E7%BD%9A%E6%81%AF/);
  await expect(page.getByTestId("search-results").locator("li").first()).toContainText("罚息");
  await context.close();
});

test("bad queries get a calm page, never a 500, and markup stays text", async ({ page }) => {
  const cases = ["", "紧".repeat(500), "😀😀😀", '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'];
  for (const q of cases) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), `status for ${q.slice(0, 20)}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  await expect(page.getByRole("status")).toContainText("<script>");
  await page.goto(`/search?q=${encodeURIComponent("紧".repeat(500))}`);
  await expect(page.getByText("搜索词太长")).toBeVisible();
  await page.goto("/search");
  await expect(page.getByText("投诉和求助电话")).toBeVisible();
});

test("/search for a question the site does not cover says so, with the closest topics and the most-read, JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const q of ["最近买什么股票好", "信用卡年费怎么免", "离婚财产怎么分割"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.locator("#page-search")).toHaveValue(q);
    // Plainly: no article answers it, and no result list pretends otherwise.
    await expect(page.getByRole("status")).toContainText(`没有找到回答“${q}”的文章`);
    await expect(page.getByTestId("search-results")).toHaveCount(0);
    // The closest topics first (every topic, nearest first, so the reader can browse on), then the nearest
    // articles, offered as such.
    const region = page.getByRole("region", { name: "最接近的话题" });
    const topicLinks = region.locator('a[href^="/topics/"]');
    await expect(topicLinks).toHaveCount(4);
    const articleLinks = region.locator('a[href^="/articles/"]');
    expect(await articleLinks.count(), q).toBeGreaterThan(0);
    await expect(articleLinks.first()).toHaveAttribute("href", /^\/articles\/[a-z0-9-]+$/);
    // The first topic is the nearest article's.
    const nearestSlug = (await articleLinks.first().getAttribute("href"))!.split("/").pop()!;
    const nearestTopic = (await loadRealSite()).articles.find((a) => a.slug === nearestSlug)!.topic;
    await expect(topicLinks.first()).toHaveAttribute("href", `/topics/${nearestTopic}`);
    // The most-read articles and the hotlines follow.
    await expect(page.getByText("大家最常看")).toBeVisible();
    const popular = page.getByText("大家最常看").locator("xpath=following-sibling::ul").getByRole("link");
    expect(await popular.count(), q).toBeGreaterThan(0);
    await expect(page.getByText("投诉和求助电话")).toBeVisible();
    // Nothing overflows the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  // A covered question still gets its results on the same page.
  await page.goto(`/search?q=${encodeURIComponent("催收爆通讯录违法吗")}`);
  await expect(page.getByTestId("search-results").locator("li").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "最接近的话题" })).toHaveCount(0);
  await context.close();
});
