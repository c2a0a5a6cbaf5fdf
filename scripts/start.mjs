// `npm start`: build when there is no complete build yet (fresh clone), then serve on PORT (default 3000).
// A complete build is Next's output plus the search index asset it refers to (public/search-index.<hash>.json,
// not in git), both made by `npm run build`. After editing content/, run `npm run build` again.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const next = "node_modules/next/dist/bin/next";
const hasIndex = fs.existsSync("public") && fs.readdirSync("public").some((name) => /^search-index\.[0-9a-f]+\.json$/.test(name));
if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(".next/csp-manifest.json") || !hasIndex) {
  console.log("没有找到完整的构建产物，先构建（npm run build）…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [next, "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
