// `npm run bench:lighthouse`: Lighthouse 12 mobile scores for home, a topic, an article and search,
// against a production build, in Debian's Chromium (CHROME_PATH overrides).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, printTable, runTimed, startNext } from "./lib";

const PAGES: [string, string][] = [
  ["首页", "/"],
  ["主题页", "/topics/emergency-contacts"],
  ["文章页", "/articles/emergency-contact-no-repay"],
  ["搜索页", "/search?q=%E7%B4%A7%E6%80%A5%E8%81%94%E7%B3%BB%E4%BA%BA"],
  ["法条页", "/law/minfadian"],
  ["政策与内容更新", "/updates"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) runTimed("npm", ["run", "-s", "build"]);
  const site = await startNext();
  const chromePath = process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const chromeFlags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync";
  const rows: (string | number)[][] = [];
  const problems: string[] = [];
  try {
    for (const [name, pagePath] of PAGES) {
      // The CLI, not the Node API: tsx's transform adds helpers to functions Lighthouse runs inside the page.
      const runOnce = () => spawnSync(
        process.execPath,
        [path.join(ROOT, "node_modules/lighthouse/cli/index.js"), site.url + pagePath, "--output=json", "--output-path=stdout", "--quiet",
          `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=${chromeFlags}`],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) } },
      );
      let run = runOnce();
      // On a busy machine Chromium sometimes loses the trace (NO_NAVSTART); Lighthouse itself says to run again.
      if (run.status !== 0 && /Please run Lighthouse again/.test(run.stderr)) run = runOnce();
      if (run.status !== 0) throw new Error(`lighthouse 失败：${run.stderr.slice(-2000)}`);
      const lhr = JSON.parse(run.stdout) as {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
      };
      rows.push([name, decodeURIComponent(pagePath), ...CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100))]);
      for (const audit of Object.values(lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary") problems.push(`${name}: ${audit.id} — ${audit.title}`);
      }
    }
  } finally {
    site.stop();
  }
  printTable("Lighthouse 12.2.3（移动端）", ["页面", "路径", "性能", "无障碍", "最佳做法", "SEO"], rows);
  if (problems.length) console.log(`\n未通过的检查：\n${problems.map((p) => `- ${p}`).join("\n")}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
