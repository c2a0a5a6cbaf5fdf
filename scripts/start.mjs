// `npm start`: build when there is no complete build yet (fresh clone) or it was made for another
// SITE_URL, then serve on PORT (default 3000).
// A complete build is Next's output plus the search index asset it refers to (public/search-index.<hash>.json,
// not in git), both made by `npm run build`. After editing content/, run `npm run build` again.
// The site's address decides where it may listen (src/sharing/site-address.ts, planStart): a build for
// http://localhost:3000 is served on 127.0.0.1 only; HOST=0.0.0.0 or NODE_ENV=production with it is refused.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { tsImport } from "tsx/esm/api";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const { planStart } = await tsImport("../src/sharing/site-address.ts", import.meta.url);
// SITE_URL may live in .env files; read them the way `next build` and `next start` do.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

const next = "node_modules/next/dist/bin/next";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const hasIndex = fs.existsSync("public") && fs.readdirSync("public").some((name) => /^search-index\.[0-9a-f]+\.json$/.test(name));
const complete = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(path.join(distDir, "csp-manifest.json")) && hasIndex;
let builtSiteUrl;
try {
  if (complete) builtSiteUrl = JSON.parse(fs.readFileSync(path.join(distDir, "site-address.json"), "utf8")).siteUrl;
} catch {
  // A build from before the address was recorded: build again.
}

const plan = planStart({ siteUrl: process.env.SITE_URL, builtSiteUrl, nodeEnv: process.env.NODE_ENV, host: process.env.HOST });
const rule = "=".repeat(100);
if (plan.level === "refuse" || plan.level === "warn") console.error(["", rule, ...plan.message, rule, ""].join("\n"));
if (plan.level === "refuse") process.exit(1);

if (plan.rebuild) {
  console.log(builtSiteUrl ? `现有构建的网址是 ${builtSiteUrl}，要用 ${plan.siteUrl}：重新构建…` : "没有找到完整的构建产物，先构建（npm run build）…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, SITE_URL: plan.siteUrl } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (plan.level === "info") console.log(plan.message.join("\n"));
const port = process.env.PORT ?? "3000";
const hostArgs = plan.host ? ["-H", plan.host] : [];
// Pages rendered on demand (search) read SITE_URL at run time: give them the build's address.
const server = spawn(process.execPath, [next, "start", "-p", port, ...hostArgs], { stdio: "inherit", env: { ...process.env, SITE_URL: plan.siteUrl } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
