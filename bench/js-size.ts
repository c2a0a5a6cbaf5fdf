// JavaScript a browser downloads (gzip bytes: external chunks + inline scripts) for the home,
// article and search pages vs a hello-world Next 16 App Router page built in the same run.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { NEXT_BIN, WORK, fmt, printTable, runTimed, startNext } from "./lib";

async function scriptBytes(baseUrl: string, pagePath: string): Promise<{ gzip: number; files: number; jsonLdGzip: number }> {
  const html = await (await fetch(baseUrl + pagePath)).text();
  let gzip = 0;
  let files = 0;
  let jsonLdGzip = 0;
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1])?.[1];
    if (/noModule/i.test(match[1])) continue; // legacy browsers only
    const body = src ? Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer()) : Buffer.from(match[2]);
    if (!body.length) continue;
    // JSON-LD is data for search engines, never run: reported beside the JavaScript, not in it.
    if (/type="application\/ld\+json"/.test(match[1])) {
      jsonLdGzip += zlib.gzipSync(body).length;
      continue;
    }
    gzip += zlib.gzipSync(body).length;
    files += src ? 1 : 0;
  }
  return { gzip, files, jsonLdGzip };
}

function writeHelloWorld(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "app", "layout.jsx"), 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n');
  fs.writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() { return <h1>Hello, world</h1>; }\n");
  // Its own (empty) config, or Next picks up the project's next.config.ts from the parent folder.
  fs.writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
}

export async function benchJsSize(): Promise<void> {
  runTimed("npm", ["run", "-s", "build"]);
  const site = await startNext();
  const hello = path.join(WORK, "hello");
  writeHelloWorld(hello);
  runTimed(process.execPath, [NEXT_BIN, "build", hello]);
  const helloServer = await startNext({}, hello);
  try {
    const baseline = await scriptBytes(helloServer.url, "/");
    const rows: (string | number)[][] = [["hello world（基线）", "/", baseline.files, fmt(baseline.gzip / 1024), "1.0", "—", "—", fmt(baseline.jsonLdGzip / 1024)]];
    for (const [name, pagePath] of [
      ["首页", "/"],
      ["文章页", "/articles/emergency-contact-no-repay"],
      ["搜索页", "/search?q=%E7%B4%A7%E6%80%A5%E8%81%94%E7%B3%BB%E4%BA%BA"],
    ]) {
      const measured = await scriptBytes(site.url, pagePath);
      rows.push([
        name,
        decodeURIComponent(pagePath),
        measured.files,
        fmt(measured.gzip / 1024),
        fmt(measured.gzip / baseline.gzip, 2),
        `+${fmt((measured.gzip - baseline.gzip) / 1024)}`,
        // Exact, for a budget such as "+15 KiB": one decimal of KiB hides up to 51 bytes either way.
        measured.gzip - baseline.gzip,
        fmt(measured.jsonLdGzip / 1024),
      ]);
    }
    printTable("浏览器下载的 JavaScript（gzip）", ["页面", "路径", "脚本文件", "KiB", "相对基线", "比基线多 KiB", "比基线多字节", "另有 JSON-LD KiB"], rows);
  } finally {
    site.stop();
    helloServer.stop();
  }
}
