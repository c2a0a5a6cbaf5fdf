// `npm run build` runs this twice (see README, "The site's address"):
//   check   before anything is built: refuses an invalid SITE_URL, and NODE_ENV=production without a
//           real one (exit 1); warns loudly when the build will be local-only.
//   record  after `next build`: writes the address baked in to <dist>/site-address.json, which
//           `npm start` (scripts/start.mjs) reads, and repeats the warning at the end of the output.
// SITE_URL may come from the environment or from .env files, read the way Next reads them.
import fs from "node:fs";
import path from "node:path";
// @next/env is what Next itself uses to read .env files (installed with next).
import { loadEnvConfig } from "@next/env";
import { checkBuildAddress, type BuildVerdict } from "../src/sharing/site-address";

const mode = process.argv[2];
loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
const verdict = checkBuildAddress({ siteUrl: process.env.SITE_URL, nodeEnv: process.env.NODE_ENV });

/** A framed block on stderr, so it stands out in a long build log. */
function printLoudly(lines: string[]) {
  const rule = "=".repeat(100);
  console.error(["", rule, ...lines, rule, ""].join("\n"));
}

function report(result: BuildVerdict) {
  if (result.level === "refuse" || result.level === "warn") printLoudly(result.message);
  else if (result.message.length > 0) console.log(result.message.join("\n"));
}

if (mode === "check") {
  report(verdict);
  if (verdict.level === "refuse") process.exit(1);
  if (verdict.level === "ok") console.log(`网站网址 / site address (SITE_URL): ${verdict.siteUrl}`);
} else if (mode === "record") {
  if (verdict.level === "refuse") {
    report(verdict);
    process.exit(1);
  }
  const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  fs.writeFileSync(path.join(distDir, "site-address.json"), JSON.stringify({ siteUrl: verdict.siteUrl }));
  console.log(`网站网址 ${verdict.siteUrl} 已写入 ${path.relative(process.cwd(), distDir)}/site-address.json`);
  if (verdict.level === "warn") report(verdict);
} else {
  console.error("用法 / usage: tsx scripts/site-address.ts check|record");
  process.exit(2);
}
