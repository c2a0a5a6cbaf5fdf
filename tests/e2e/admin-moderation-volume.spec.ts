import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/free-port";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_PASSWORD } from "../helpers/e2e-env";
import { loadRealSite } from "../helpers/real-site";

// Issue 17, finding 8: "待审核（100）" with 381 pending, no paging, no bulk actions. Its own server
// (a fresh database and a rate limit that lets one address post 60 comments), without JavaScript.
test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

const HELD = 60;

test("true pending count, paging and bulk approve/reject, without JavaScript", async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-moderation-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, COMMENT_RATE_LIMIT: "1000/600" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  try {
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${url}/api/health/live`).then((r) => r.ok, () => false))) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const slug = (await loadRealSite()).articles[0].slug;
    // Held for review: each carries a phone number (masked, "包含联系方式").
    for (let i = 0; i < HELD; i++) {
      const body = { article: slug, nickname: `读者${i}`, body: `第${i}位读者：催收打我电话 138${String(10000000 + i * 7919).slice(0, 8)}，怎么办`, idempotencyKey: `held-comment-${i}`, website: "" };
      const response = await fetch(`${url}/api/comments`, { method: "POST", body: JSON.stringify(body), headers: { origin: url, "content-type": "application/json" } });
      expect(await response.json(), `comment ${i}`).toMatchObject({ outcome: "pending" });
    }

    await page.goto(`${url}/admin`);
    await page.getByLabel("管理密码").fill(E2E_ADMIN_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("queue-heading")).toHaveText(`待审核（${HELD}）`);
    const rows = page.locator("#queue ~ ol [data-testid=admin-comment]");
    await expect(rows).toHaveCount(50);

    // Page 2 holds the rest.
    await page.getByTestId("queue-next").click();
    await expect(rows).toHaveCount(HELD - 50);
    await expect(page.getByText("第 2 / 2 页").first()).toBeVisible();

    // Tick two and approve them.
    const ticked = [rows.nth(0), rows.nth(1)];
    const tickedText = await Promise.all(ticked.map((row) => row.locator("p").nth(1).innerText()));
    for (const row of ticked) await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "通过所选" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 2 条留言" })).toBeVisible();
    await expect(page.getByTestId("queue-heading")).toHaveText(`待审核（${HELD - 2}）`);
    const listed = await (await fetch(`${url}/api/comments?article=${slug}`)).json();
    const publicBodies = listed.comments.map((c: { body: string }) => c.body);
    for (const text of tickedText) expect(publicBodies).toContain(text);

    // Reject a whole page at once.
    await page.goto(`${url}/admin?page=1`);
    await page.getByRole("button", { name: /本页 50 条全部拒绝/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "已拒绝 50 条留言" })).toBeVisible();
    await expect(page.getByTestId("queue-heading")).toHaveText(`待审核（${HELD - 52}）`);
    await expect(rows).toHaveCount(HELD - 52);
  } finally {
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
