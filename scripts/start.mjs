// `npm start`: build when there is no build yet (fresh clone), then serve on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const next = "node_modules/next/dist/bin/next";
// The search index asset (public/search-index.<hash>.json, not in git): written on every start, so it always matches content/.
const index = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-search-index.ts"], { stdio: "inherit" });
if (index.status !== 0) process.exit(index.status ?? 1);
if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("没有找到构建产物，先构建（next build）…");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [next, "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
