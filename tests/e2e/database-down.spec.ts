import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/free-port";
import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

// Issue 17, must-be-true 3 and 4: with the database unavailable the site's pages still answer 200,
// the comment area says calmly that comments are unavailable, POSTs answer 503 with Retry-After and a
// Chinese message, readiness says 503 while liveness says 200 — and when the database is back the
// site works again without a restart. "Unavailable" here is a PGlite directory held by another
// process (tests/fixtures/processes/hold-pglite.mts), the same path as PostgreSQL refusing connections.
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

async function holdDirectory(pgliteDir: string): Promise<ChildProcess> {
  const holder = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/processes/hold-pglite.mts", pgliteDir], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (chunk) => String(chunk).includes("ready") && resolve());
    holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
  });
  return holder;
}

test("database unavailable: pages 200, calm comment area, 503 + Retry-After on POST, recovery without restart", async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-db-down-"));
  const holder = await holdDirectory(path.join(dataDir, "pglite"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "e2e-admin-password-not-secret" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`);
      const ok = await fetch(`${url}/api/health/live`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }

    const site = await loadRealSite();
    const slug = site.articles[0].slug;
    expect((await fetch(`${url}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(Number(ready.headers.get("retry-after"))).toBeGreaterThan(0);

    for (const pagePath of ["/", `/articles/${slug}`, `/topics/${site.topics[0].id}`, `/search?q=${encodeURIComponent("征信")}`, "/tools", "/tools/timeline"]) {
      expect((await fetch(`${url}${pagePath}`)).status, pagePath).toBe(200);
    }

    // The header box's 大家最常看 list (fetched when the box opens) falls back to the editors' picks.
    const popular = await fetch(`${url}/api/popular?limit=5`);
    expect(popular.status).toBe(200);
    expect(popular.headers.get("cache-control")).toBe("no-store");
    const picks = await popular.json();
    expect(picks.source).toBe("editor");
    const picked = Math.min(5, site.featured.length);
    expect(picks.articles).toHaveLength(5);
    expect(picks.articles.slice(0, picked).map((a: { slug: string }) => a.slug)).toEqual(site.featured.slice(0, picked));

    // A reader's post (no-JS form, same origin): 503, Retry-After, Chinese, and their text is offered back.
    const form = new URLSearchParams({ article: slug, nickname: "", body: "催收天天打电话给我家人，这样合法吗？", idempotencyKey: "e2e-db-down-1", website: "" });
    const post = await fetch(`${url}/api/comments`, { method: "POST", body: form, headers: { origin: url, "content-type": "application/x-www-form-urlencoded" } });
    expect(post.status).toBe(503);
    expect(Number(post.headers.get("retry-after"))).toBeGreaterThan(0);
    const postPage = await post.text();
    expect(postPage).toContain("留言功能暂时不可用");
    expect(postPage).toContain("催收天天打电话给我家人");
    const json = await fetch(`${url}/api/comments`, { method: "POST", body: JSON.stringify(Object.fromEntries(form)), headers: { origin: url, "content-type": "application/json" } });
    expect(json.status).toBe(503);
    expect((await json.json()).error).toContain("留言功能暂时不可用");
    const feedback = await fetch(`${url}/api/feedback`, { method: "POST", body: JSON.stringify({ article: slug, helpful: "yes" }), headers: { origin: url, "content-type": "application/json" } });
    expect(feedback.status).toBe(503);

    // The no-JS comments page and the article's comment area say so calmly.
    const commentsPage = await page.goto(`${url}/articles/${slug}/comments`);
    expect(commentsPage?.status()).toBe(200);
    await expect(page.getByTestId("comments-unavailable")).toContainText("留言功能暂时不可用");
    await page.goto(`${url}/articles/${slug}`);
    // The comment code loads when the reader reaches the section (issue 15 item 8): go there, as a reader would.
    await page.locator("#comments-section").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("comments-unavailable")).toContainText("留言功能暂时不可用");
    await expect(page.locator("h1")).toBeVisible();

    // The database comes back (the other process ends): no restart, the next requests work.
    await stopChild(holder, "SIGKILL");
    await expect.poll(async () => (await fetch(`${url}/api/health/ready`)).status, { timeout: 30_000 }).toBe(200);
    const again = await fetch(`${url}/api/comments`, { method: "POST", body: JSON.stringify(Object.fromEntries(form)), headers: { origin: url, "content-type": "application/json" } });
    expect(again.status).toBe(201);
    const listed = await (await fetch(`${url}/api/comments?article=${slug}`)).json();
    expect(listed.comments.map((c: { body: string }) => c.body)).toContain("催收天天打电话给我家人，这样合法吗？");
  } finally {
    await stopChild(holder, "SIGKILL");
    await stopChild(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
