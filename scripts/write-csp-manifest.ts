// After `next build`: hash the inline scripts of every prerendered page so the proxy can allow
// exactly those (see src/security/csp.ts and src/proxy.ts).
import fs from "node:fs";
import path from "node:path";
import { inlineScriptHashes, routeOfHtmlFile, type CspManifest } from "../src/security";

const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
const appDir = path.join(distDir, "server", "app");
const manifest: CspManifest = { pages: {}, notFound: [] };
for (const entry of fs.readdirSync(appDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const full = path.join(entry.parentPath, entry.name);
  const hashes = inlineScriptHashes(fs.readFileSync(full, "utf8"));
  const relative = path.relative(appDir, full);
  if (relative === "_not-found.html") manifest.notFound = hashes;
  else if (!relative.startsWith("_")) manifest.pages[routeOfHtmlFile(relative)] = hashes;
}
fs.writeFileSync(path.join(distDir, "csp-manifest.json"), JSON.stringify(manifest));
console.log(`CSP：${Object.keys(manifest.pages).length} 个预渲染页面的内联脚本哈希已写入 ${path.relative(process.cwd(), distDir)}/csp-manifest.json`);
