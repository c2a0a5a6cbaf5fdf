import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openPglite } from "../../src/db";
import { E2E_ADMIN_PASSWORD } from "../helpers/e2e-env";
import { freePort } from "../helpers/free-port";
import { loadRealSite } from "../helpers/real-site";

// Issue 17, must-be-true 4 (《个人信息保护法》第四十七条): a reader writes in asking for their comments to be
// deleted. In /admin the moderator finds them by nickname, text or id in every status, ticks them and
// deletes them in one step, without JavaScript; only the date, count and reason are recorded. Its own
// server: a fresh database, and a rate limit that lets one address post the handful of comments.
test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

const READER = "小林同学";

test("a reader's deletion request: find by nickname in every status, delete the ticked ones in one step, record only date, count and reason", async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-reader-deletion-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, COMMENT_RATE_LIMIT: "100/600", REQUEST_LOG: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const stopServer = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  try {
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false))) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not become ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const site = await loadRealSite();
    const [first, second] = site.articles.map((article) => article.slug);
    const post = async (article: string, nickname: string, body: string) => {
      const response = await fetch(`${url}/api/comments`, { method: "POST", body: JSON.stringify({ article, nickname, body, website: "" }), headers: { origin: url, "content-type": "application/json" } });
      return ((await response.json()) as { outcome: string }).outcome;
    };
    // The reader's comments: one public, one held (a phone number), one held and then rejected (a link).
    expect(await post(first, READER, "小林的第一条：催收说要上门，我该怎么回应？")).toBe("published");
    expect(await post(first, READER, "小林的第二条：催收打我电话 13812345678，能投诉吗")).toBe("pending");
    expect(await post(second, READER, "小林的第三条：有人发我 www.example.com 说能协商")).toBe("pending");
    // Someone else who mentions the nickname: found by the search, not theirs to delete.
    expect(await post(first, "老王", "我和小林同学的情况一样，也被催收骚扰了")).toBe("published");

    await page.goto(`${url}/admin`);
    await page.getByLabel("管理密码").fill(E2E_ADMIN_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    // The link one is rejected first, so the search must reach a rejected comment too.
    const linkRow = page.locator("#queue ~ ol [data-testid=admin-comment]").filter({ hasText: "小林的第三条" });
    await linkRow.getByRole("button", { name: "拒绝" }).click();
    await expect(page.getByTestId("queue-heading")).toHaveText("待审核（1）");

    // The search: every status, and the other reader's mention too.
    const search = page.getByRole("search", { name: "查找要删除的留言" });
    await search.getByLabel("昵称、留言里的几个字或留言编号").fill(READER);
    await search.getByRole("button", { name: "查找" }).click();
    const results = page.getByTestId("erase-result");
    await expect(results).toHaveCount(4);
    for (const [text, status] of [
      ["小林的第一条", "已公开"],
      ["小林的第二条", "待审核"],
      ["小林的第三条", "已拒绝"],
      ["我和小林同学的情况一样", "已公开"],
    ]) {
      await expect(results.filter({ hasText: text }).locator("label")).toContainText(status);
    }

    // axe runs as a script: the same page, same session, in a context with JavaScript.
    const axeContext = await page.context().browser()!.newContext({
      javaScriptEnabled: true, // explicitly: contexts made in a test inherit its `use` options
      storageState: await page.context().storageState(),
      viewport: { width: 390, height: 844 },
    });
    try {
      const axePage = await axeContext.newPage();
      await axePage.goto(page.url());
      await expect(axePage.getByTestId("erase-result")).toHaveCount(4);
      const axe = await new AxeBuilder({ page: axePage }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    } finally {
      await axeContext.close();
    }

    // Tick the reader's own three and delete them in one step.
    for (const text of ["小林的第一条", "小林的第二条", "小林的第三条"]) await results.filter({ hasText: text }).getByRole("checkbox").check();
    await page.getByRole("button", { name: "删除所选留言（读者要求删除）" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已删除 3 条留言" })).toBeVisible();
    // The same search again (the redirect keeps it): only the other reader's comment is left.
    await expect(results).toHaveCount(1);
    await expect(results).toContainText("老王");
    const records = page.getByTestId("deletion-records");
    await expect(records.locator("tbody tr")).toHaveCount(1);
    await expect(records.locator("tbody tr")).toContainText("3");
    await expect(records.locator("tbody tr")).toContainText("读者要求删除");
    await expect(page.getByTestId("queue-heading")).toHaveText("待审核（0）");

    // By comment id: "#<id>" finds exactly that comment.
    const otherId = (await results.locator("label").innerText()).match(/#(\d+)/)![1];
    await search.getByLabel("昵称、留言里的几个字或留言编号").fill(`#${otherId}`);
    await search.getByRole("button", { name: "查找" }).click();
    await expect(results).toHaveCount(1);
    await expect(results).toContainText("老王");

    // Public side: the reader's comment is gone, the other stays.
    const listed = (await (await fetch(`${url}/api/comments?article=${first}`)).json()) as { comments: { body: string }[] };
    expect(listed.comments.map((c) => c.body)).toEqual(["我和小林同学的情况一样，也被催收骚扰了"]);

    // Only from /admin with a session and from the site itself.
    const csrf = await page.locator("input[name=csrf]").first().getAttribute("value");
    const anonymous = await fetch(`${url}/api/admin/comments/erase`, { method: "POST", redirect: "manual", body: new URLSearchParams({ csrf: csrf!, id: otherId }), headers: { origin: url } });
    expect(anonymous.status).toBe(401);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const crossSite = await fetch(`${url}/api/admin/comments/erase`, { method: "POST", redirect: "manual", body: new URLSearchParams({ csrf: csrf!, id: otherId }), headers: { origin: "https://evil.example", cookie } });
    expect(crossSite.status).toBe(403);

    // What is kept of the deletion: date, count, reason — no text, no nickname, no ids.
    await stopServer();
    const db = await openPglite(path.join(dataDir, "pglite"));
    try {
      const kept = await db.query<Record<string, unknown>>("SELECT * FROM comment_deletions");
      expect(kept).toHaveLength(1);
      expect(Object.keys(kept[0]).sort()).toEqual(["comment_count", "deleted_at", "id", "reason"]);
      expect(kept[0]).toMatchObject({ comment_count: 3, reason: "读者要求删除" });
      const left = await db.query<{ nickname: string }>("SELECT nickname FROM comments");
      expect(left.map((row) => row.nickname)).toEqual(["老王"]);
    } finally {
      await db.close();
    }
  } finally {
    await stopServer();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("the privacy page says what to send (nickname, article, approximate date) and how the request is handled", async ({ page }) => {
  await page.goto("/privacy");
  const section = page.locator("h2", { hasText: "怎样要求删除" });
  await expect(section).toBeVisible();
  await expect(page.getByText("第四十七条")).toBeVisible();
  await expect(page.locator("p").filter({ hasText: "昵称、哪篇文章、大概的日期" })).toBeVisible();
  await expect(page.getByTestId("deletion-handling")).toContainText("一次全部删除");
  await expect(page.getByTestId("deletion-handling")).toContainText("不记留言内容和昵称");
});
