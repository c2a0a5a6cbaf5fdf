import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/free-port";
import { expect, test } from "@playwright/test";
import { loadRealSite } from "../helpers/real-site";

// These tests start their own `next start` (the shared e2e server has ADMIN_PASSWORD set), with a
// fresh data directory and no ADMIN_PASSWORD: a first start on a new machine.
test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 390, height: 844 } });

type Server = { url: string; output: () => string; stop: () => Promise<void> };

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { url, output: () => output, stop };
}

async function firstArticleSlug(): Promise<string> {
  return (await loadRealSite()).articles[0].slug;
}

test("first start without ADMIN_PASSWORD: a password file is made, its place printed, and it opens /admin for held comments", async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-first-start-"));
  const server = await startServer(dataDir);
  try {
    const file = path.join(dataDir, "admin-password.txt");
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain(file);
    expect(server.output()).toContain("首次启动");
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(server.output()).not.toContain(password);
    if (process.platform !== "win32") expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    // A reader without JavaScript leaves a comment that is held (a phone number).
    const slug = await firstArticleSlug();
    const marker = `first-start-${Date.now()}`;
    const reader = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url });
    const page = await reader.newPage();
    await page.goto(`/articles/${slug}`);
    await page.getByLabel("你的情况或问题").fill(`${marker} 催收打我电话 13812345678`);
    await page.getByRole("button", { name: "提交留言" }).click();
    await expect(page.getByTestId("comment-notice")).toContainText("审核后公开", { timeout: 60_000 });
    await reader.close();

    // The admin is not open: it asks for the password, and the generated one works.
    const admin = await browser.newContext({ baseURL: server.url });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin");
    await expect(adminPage.getByRole("heading", { name: "留言管理：登录" })).toBeVisible();
    await expect(adminPage.getByText("未开启")).toHaveCount(0);
    await expect(adminPage.getByTestId("admin-comment")).toHaveCount(0);
    await expect(adminPage.getByText("admin-password.txt")).toBeVisible();
    await adminPage.getByLabel("管理密码").fill("not-the-password-at-all");
    await adminPage.getByRole("button", { name: "登录" }).click();
    await expect(adminPage.getByRole("alert")).toContainText("管理密码不正确");
    await adminPage.goto("/admin");
    await adminPage.getByLabel("管理密码").fill(password);
    await adminPage.getByRole("button", { name: "登录" }).click();
    await expect(adminPage.getByRole("heading", { name: "留言管理", exact: true })).toBeVisible();
    await expect(adminPage.getByTestId("admin-comment").filter({ hasText: marker })).toContainText("包含联系方式");
    await admin.close();
  } finally {
    await test.info().attach("server output", { body: server.output(), contentType: "text/plain" });
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("when no moderator password can be had, /admin stays closed and a reader with a held comment is told it will not appear yet", async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-no-moderator-"));
  // A truncated password file: refused, never treated as "no password needed".
  fs.writeFileSync(path.join(dataDir, "admin-password.txt"), "\n", { mode: 0o600 });
  const server = await startServer(dataDir);
  try {
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain("留言管理未开启");

    const slug = await firstArticleSlug();
    const reader = await browser.newContext({ baseURL: server.url });
    const page = await reader.newPage();
    await page.goto(`/articles/${slug}`);
    await page.getByLabel("你的情况或问题").fill(`no-moderator-${Date.now()} 有需要的私聊我`);
    await page.getByRole("button", { name: "提交留言" }).click();
    const notice = page.getByTestId("comment-notice");
    await expect(notice).toContainText("审核还没有开启", { timeout: 60_000 });
    await expect(notice).not.toContainText("审核后公开");
    await reader.close();

    const admin = await browser.newContext({ baseURL: server.url });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin");
    await expect(adminPage.getByRole("heading", { name: "留言管理（未开启）" })).toBeVisible();
    await expect(adminPage.getByLabel("管理密码")).toHaveCount(0);
    const login = await adminPage.request.post("/api/admin/login", { form: { password: "" }, maxRedirects: 0 });
    expect(login.status()).toBe(403);
    await admin.close();
  } finally {
    await test.info().attach("server output", { body: server.output(), contentType: "text/plain" });
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
