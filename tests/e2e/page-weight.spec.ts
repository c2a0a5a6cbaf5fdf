import { expect, test } from "@playwright/test";

// Issue 15 item 8: what every article page carries for readers who never use it. The byte budget itself is
// measured by `npm run bench -- js` (a benchmark, not a test); these check the two choices that keep it.

/** The page's RSC payload (what App Router inlines beside the HTML so React can hydrate). */
function rscPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((match) => JSON.parse(match[1]) as string).join("");
}

test("the header box's most-read list is fetched when the box opens, not carried by every page", async ({ page, request }) => {
  const html = await (await request.get("/articles/penalty-interest")).text();
  const payload = rscPayload(html);
  expect(payload.length).toBeGreaterThan(1000);
  expect(payload).not.toContain('"popular":[');

  const asked: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/popular") asked.push(r.url());
  });
  await page.goto("/articles/penalty-interest");
  await page.waitForLoadState("networkidle");
  expect(asked).toHaveLength(0);
  await page.locator("#site-search").focus();
  const list = page.getByTestId("search-panel").getByRole("listbox", { name: "大家最常看" }).getByRole("option");
  await expect(list).toHaveCount(5);
  expect(asked).toHaveLength(1);
});

test("the share bar's link and QR code are drawn on the server; only its buttons are client code", async ({ request }) => {
  const html = await (await request.get("/articles/penalty-interest")).text();
  expect(html).toMatch(/<a href="[^"]+\/articles\/penalty-interest" class="share-url/);
  expect(html).toContain('src="/articles/penalty-interest/qr.svg"');
  const payload = rscPayload(html);
  // Server-drawn markup appears in the payload as elements; a client ShareBar would carry its props instead.
  expect(payload).not.toMatch(/"qrSrc":/);
  expect(payload).toContain("在手机上打开（二维码）");
});
