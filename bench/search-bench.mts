// `npm run bench:search`: our index vs Pagefind on the same deterministic synthetic corpus of 5,000 articles
// made from the real ones. Prints build time, index bytes, bytes a browser fetches before the first result,
// and p50/p95 query latency over ../shared/search/queries.json. A measurement, not a test.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import * as pagefind from "pagefind";
import { loadSite, type Article, type Site } from "../src/content";
import { Searcher } from "../src/search";
import { buildSearchIndex, loadLexicon, serializeIndex } from "../src/search/node";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, "bench/.work");
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const PASSES = 5;

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article i: a real article's head, its sections mixed with another article's, FAQ from both; slugs and ids kept unique. */
function syntheticSite(real: Site, count: number): Site {
  const next = random(20261125);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const base = real.articles[i % real.articles.length];
    const other = pick(real.articles);
    const sections = [...base.sections, ...other.sections.filter(() => next() < 0.5)].map((section, n) => ({
      ...section,
      headingId: section.headingId ? `${section.headingId}-${n}` : null,
    }));
    const faq = [...base.faq, ...other.faq.filter(() => next() < 0.3)].map((entry, n) => ({ ...entry, id: `${entry.id}-${n}` }));
    articles.push({ ...base, slug: `${base.slug}-${i}`, title: `${base.title}（${i}）`, sections, faq, headings: [] });
  }
  return { ...real, articles, featured: [] };
}

function html(article: Article): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = article.sections
    .map((s) => `${s.heading ? `<h2 id="${escape(s.headingId ?? "")}">${escape(s.heading)}</h2>` : ""}${s.text.split("\n").map((p) => `<p>${escape(p)}</p>`).join("")}`)
    .join("");
  const faq = article.faq.map((f) => `<h3 id="${escape(f.id)}">${escape(f.q)}</h3><p>${escape(f.a)}</p>`).join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(article.title)}</title></head><body><main data-pagefind-body><h1>${escape(article.title)}</h1><p>${escape(article.summary)}</p>${body}${faq}</main></body></html>`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function dirBytes(dir: string): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const data = fs.readFileSync(path.join(entry.parentPath, entry.name));
    files++;
    raw += data.length;
    // Pagefind's index files are already gzip-compressed; only its JS/CSS/JSON gain from more.
    gzip += /\.pf_|\.wasm|\.png/.test(entry.name) ? data.length : gzipSync(data).length;
  }
  return { raw, gzip, files };
}

async function main() {
  const queries = (JSON.parse(fs.readFileSync(path.resolve(ROOT, "../shared/search/queries.json"), "utf8")) as { queries: { q: string }[] }).queries.map((q) => q.q);
  const real = await loadSite({ contentDir: path.join(ROOT, "content"), rootDir: ROOT });
  const site = syntheticSite(real, ARTICLES);
  const lexicon = loadLexicon(path.join(ROOT, "content"), ROOT);
  console.log(`语料：${site.articles.length} 篇（由 ${real.articles.length} 篇真实文章合成，固定种子），查询 ${queries.length} 条 × ${PASSES} 轮`);

  // --- ours
  buildSearchIndex(real, lexicon); // warm the 繁→简 table and pinyin-pro, as a build would have
  let started = performance.now();
  const data = buildSearchIndex(site, lexicon);
  const asset = serializeIndex(data);
  const oursBuild = performance.now() - started;
  const bundle = await esbuild({ entryPoints: [path.join(ROOT, "src/search/index.ts")], bundle: true, minify: true, format: "esm", write: false, platform: "browser" });
  const jsGzip = gzipSync(bundle.outputFiles[0].contents).length;
  started = performance.now();
  const searcher = new Searcher(JSON.parse(asset.json));
  const oursLoad = performance.now() - started;
  const oursTimes: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of queries) {
      const t = performance.now();
      searcher.search(q, 10);
      oursTimes.push(performance.now() - t);
    }
  }
  oursTimes.sort((x, y) => x - y);

  // --- Pagefind, on the same articles as HTML pages
  fs.rmSync(WORK, { recursive: true, force: true });
  const siteDir = path.join(WORK, "site");
  for (const article of site.articles) {
    const dir = path.join(siteDir, "articles", article.slug);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), html(article));
  }
  started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
  if (!index) throw new Error(`Pagefind：${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
  const pagefindBuild = performance.now() - started;
  await pagefind.close();
  const pfBytes = dirBytes(path.join(siteDir, "pagefind"));

  // Pagefind's browser script, run in Node against the files served on loopback, counting what it fetches.
  const server = http.createServer((request, response) => {
    const file = path.join(siteDir, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(siteDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.endsWith(".wasm") ? "application/wasm" : "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`;
  let fetched = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const body = await response.arrayBuffer();
    fetched += body.byteLength;
    return new Response(body, { status: response.status, headers: response.headers });
  };
  const pfScript = fs.readFileSync(path.join(siteDir, "pagefind/pagefind.js"));
  const pf = await import(pathToFileURL(path.join(siteDir, "pagefind/pagefind.js")).href);
  await pf.options({ basePath: base });
  fetched = 0;
  let first = await pf.search(queries[0]);
  await first.results[0]?.data();
  const pfFirstBytes = fetched + gzipSync(pfScript).length;
  const pfTimes: number[] = [];
  let pfCold = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of queries) {
      const t = performance.now();
      first = await pf.search(q);
      await Promise.all(first.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      const elapsed = performance.now() - t;
      if (pass === 0) pfCold += elapsed;
      pfTimes.push(elapsed);
    }
  }
  pfTimes.sort((x, y) => x - y);
  globalThis.fetch = realFetch;
  server.close();

  const rows = [
    ["", "本站索引 (src/search)", "Pagefind 1.6.0"],
    ["建索引用时", ms(oursBuild), `${ms(pagefindBuild)}（${added.page_count} 页）`],
    ["索引大小 原始", kb(asset.rawBytes), `${kb(pfBytes.raw)}（${pfBytes.files} 个文件）`],
    ["索引大小 gzip", kb(asset.gzipBytes), kb(pfBytes.gzip)],
    ["首个结果前要下载", `${kb(asset.gzipBytes + jsGzip)}（索引 ${kb(asset.gzipBytes)} + 搜索代码 ${kb(jsGzip)}）`, `${kb(pfFirstBytes)}（pagefind.js + wasm + 元数据 + 词块 + 片段）`],
    ["载入索引", ms(oursLoad), "（按需分块）"],
    ["查询 p50", ms(percentile(oursTimes, 50)), ms(percentile(pfTimes, 50))],
    ["查询 p95", ms(percentile(oursTimes, 95)), ms(percentile(pfTimes, 95))],
  ];
  const width = [18, 40, 40];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i] - [...cell].filter((c) => c.charCodeAt(0) > 255).length)).join(""));
  console.log(`\n注：两者的查询都在 Node 里计时（本站：排序+高亮+摘要；Pagefind：search() + 前 10 个结果的 data()，首轮冷启动合计 ${ms(pfCold)}）。`);
  fs.rmSync(WORK, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
