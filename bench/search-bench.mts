// `npm run bench:search`: our search vs Pagefind, side by side in one run, on deterministic synthetic corpora of 500
// and 5,000 articles made from the real ones (BENCH_SIZES=500,5000). For each size: index build, index bytes, the
// bytes a browser fetches before the first result — through /api/search, the path the header box uses (the answer,
// the drop-down's code, the most-read list it asks for on focus), through the offline fallback (the whole index and
// the search code), and Pagefind's — and query p50/p95 in Node. Then the real site's first-search bytes. A
// measurement, not a test.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import * as pagefind from "pagefind";
import { loadSite, type Article, type Site } from "../src/content";
import { rankPopular } from "../src/counts/popular";
import { Searcher, searchAnswerUrl } from "../src/search";
import { buildSearchIndex, loadLexicon, serializeIndex, type SerializedIndex } from "../src/search/node";
import { startNext } from "./lib";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, "bench/.work");
const SIZES = (process.env.BENCH_SIZES ?? "500,5000").split(",").map(Number);
const ROUNDS = 5;
/** What the header box asks for: its drop-down shows 8 results (src/app/api/search/route.ts). */
const BOX_RESULTS = 8;

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
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
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

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kb = (bytes: number) => (bytes < 10 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${Math.round(bytes / 1024).toLocaleString("en")} KB`);
const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

function dirBytes(dir: string): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let zipped = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const data = fs.readFileSync(path.join(entry.parentPath, entry.name));
    files++;
    raw += data.length;
    // Pagefind's index files are already gzip-compressed; only its JS/CSS/JSON gain from more.
    zipped += /\.pf_|\.wasm|\.png/.test(entry.name) ? data.length : gzip(data);
  }
  return { raw, gzip: zipped, files };
}

/**
 * The header box's drop-down code (src/components/SearchPanel.tsx), fetched the first time the box opens: the chunk
 * of the current build that holds it when there is a build, else the module bundled by esbuild with React left out.
 */
async function panelCodeBytes(): Promise<{ bytes: number; from: string }> {
  const chunks = path.join(ROOT, ".next/static/chunks");
  if (fs.existsSync(chunks)) {
    const holding = fs
      .readdirSync(chunks, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => {
        const code = fs.readFileSync(file, "utf8");
        return code.includes("search-panel") && code.includes("大家最常看");
      });
    if (holding.length === 1) return { bytes: gzip(fs.readFileSync(holding[0])), from: `构建产物 ${path.relative(ROOT, holding[0])}` };
  }
  const bundle = await esbuild({
    entryPoints: [path.join(ROOT, "src/components/SearchPanel.tsx")],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "browser",
    jsx: "automatic",
    external: ["react", "react/jsx-runtime", "react-dom"],
    alias: { "@": path.join(ROOT, "src") },
  });
  return { bytes: gzip(bundle.outputFiles[0].contents), from: "esbuild 打包（不含 React）" };
}

/** The /api/search answer for a query, gzip: the route's JSON (src/app/api/search/route.ts). */
function answerBytes(searcher: Searcher, asset: SerializedIndex, query: string): number {
  return gzip(JSON.stringify({ q: query, v: asset.hash, results: searcher.search(query, BOX_RESULTS) }));
}

interface OursFigures {
  build: number;
  asset: SerializedIndex;
  load: number;
  warm: number[];
  cold: number[];
  answers: number[];
}

async function ours(site: Site, lexicon: ReturnType<typeof loadLexicon>, queries: string[], warmUp: string[]): Promise<OursFigures> {
  let started = performance.now();
  const asset = serializeIndex(buildSearchIndex(site, lexicon));
  const build = performance.now() - started;
  started = performance.now();
  const searcher = new Searcher(JSON.parse(asset.json));
  const load = performance.now() - started;
  const time = (q: string) => {
    const t = performance.now();
    searcher.search(q, BOX_RESULTS);
    return performance.now() - t;
  };
  // A fresh Searcher: its first round, before anything is compiled or kept.
  const cold = queries.map(time);
  // Then as a running server is: warmed by other questions (our colloquial set), the shared set timed ROUNDS times.
  for (const q of warmUp) searcher.search(q, BOX_RESULTS);
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const q of queries) warm.push(time(q));
  const answers = queries.map((q) => answerBytes(searcher, asset, q));
  return { build, asset, load, warm, cold, answers };
}

interface PagefindFigures {
  build: number;
  pages: number;
  bytes: { raw: number; gzip: number; files: number };
  firstBytes: number;
  times: number[];
  cold: number;
}

async function pagefindOn(site: Site, queries: string[], dir: string): Promise<PagefindFigures> {
  const siteDir = path.join(dir, "site");
  for (const article of site.articles) {
    const articleDir = path.join(siteDir, "articles", article.slug);
    fs.mkdirSync(articleDir, { recursive: true });
    fs.writeFileSync(path.join(articleDir, "index.html"), html(article));
  }
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
  if (!index) throw new Error(`Pagefind：${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
  const build = performance.now() - started;
  const bytes = dirBytes(path.join(siteDir, "pagefind"));

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
  try {
    const script = fs.readFileSync(path.join(siteDir, "pagefind/pagefind.js"));
    const pf = await import(pathToFileURL(path.join(siteDir, "pagefind/pagefind.js")).href);
    await pf.options({ basePath: base });
    fetched = 0;
    let found = await pf.search(queries[0]);
    await found.results[0]?.data();
    const firstBytes = fetched + gzip(script);
    const times: number[] = [];
    let cold = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const t = performance.now();
        found = await pf.search(q);
        await Promise.all(found.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
        const elapsed = performance.now() - t;
        if (round === 0) cold += elapsed;
        times.push(elapsed);
      }
    }
    return { build, pages: added.page_count, bytes, firstBytes, times, cold };
  } finally {
    globalThis.fetch = realFetch;
    server.close();
    await pagefind.close();
  }
}

/** Bytes on the wire (status line, headers, gzip body) of one request to a running server, as a browser asks. */
function wireBytes(url: string): Promise<{ bytes: number; status: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": "gzip, deflate, br", accept: "*/*" } }, (response) => {
      let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < response.rawHeaders.length; i += 2) bytes += Buffer.byteLength(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`);
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ bytes, status: response.statusCode ?? 0, encoding: String(response.headers["content-encoding"] ?? "identity") }));
    });
    request.on("error", reject);
  });
}

function table(header: string[], rows: string[][]) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

async function main() {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")).queries as { q: string }[];
  const queries = read(path.resolve(ROOT, "../shared/search/queries.json")).map((q) => q.q);
  const warmUp = [...read(path.join(ROOT, "tests/fixtures/relevance-queries.json")), ...read(path.join(ROOT, "tests/fixtures/new-article-queries.json"))].map((q) => q.q);
  const real = await loadSite({ contentDir: path.join(ROOT, "content"), rootDir: ROOT });
  const lexicon = loadLexicon(path.join(ROOT, "content"), ROOT);
  buildSearchIndex(real, lexicon); // warm the 繁→简 table and pinyin-pro, as a build would have
  console.log(`# 搜索基准 ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} 核 · 负载 ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}`);
  console.log(`查询：../shared/search/queries.json 的 ${queries.length} 条 × ${ROUNDS} 轮；第一个结果前的字节数按“${queries[0]}”计。`);

  // What the box fetches besides the answer, whatever the corpus: its drop-down's code and, on focus, the most-read list.
  const panel = await panelCodeBytes();
  const popular = gzip(JSON.stringify({ articles: rankPopular(real, [], { limit: 5 }).ranked.map(({ article }) => ({ slug: article.slug, title: article.title, href: `/articles/${article.slug}`, views: 0 })), source: "editor" }));
  const search = await esbuild({ entryPoints: [path.join(ROOT, "src/search/index.ts")], bundle: true, minify: true, format: "esm", write: false, platform: "browser" });
  const searchCode = gzip(search.outputFiles[0].contents);
  console.log(`下拉框代码 ${kb(panel.bytes)}（${panel.from}），热门文章列表 ${kb(popular)}，离线回退的搜索代码 ${kb(searchCode)}（gzip）。`);

  fs.rmSync(WORK, { recursive: true, force: true });
  for (const size of SIZES) {
    const site = syntheticSite(real, size);
    console.log(`\n## ${size.toLocaleString("en")} 篇合成文章（由 ${real.articles.length} 篇真实文章合成，固定种子）\n`);
    const o = await ours(site, lexicon, queries, warmUp);
    const p = await pagefindOn(site, queries, path.join(WORK, String(size)));
    const endpoint = panel.bytes + popular + o.answers[0];
    table(
      ["", "本站：/api/search（搜索框现在走的路）", "本站：离线回退（整个索引）", "Pagefind 1.6.0"],
      [
        ["建索引", ms(o.build), "（同左）", `${ms(p.build)}（${p.pages} 页）`],
        ["索引大小 gzip", `${kb(o.asset.gzipBytes)}（留在服务器）`, kb(o.asset.gzipBytes), `${kb(p.bytes.gzip)}（${p.bytes.files} 个文件）`],
        [
          "第一个结果前下载",
          `**${kb(endpoint)}**（回答 ${kb(o.answers[0])} + 下拉框代码 ${kb(panel.bytes)} + 热门列表 ${kb(popular)}）`,
          `${kb(o.asset.gzipBytes + searchCode)}（索引 + 搜索代码）`,
          `**${kb(p.firstBytes)}**（pagefind.js + wasm + 元数据 + 词块 + 片段）`,
        ],
        ["每条回答 gzip（中位 / 最大）", `${kb(percentile(o.answers, 50))} / ${kb(Math.max(...o.answers))}`, "—", "—"],
        ["载入索引", `${ms(o.load)}（服务器启动时一次）`, ms(o.load), "（按需分块）"],
        ["查询 p50 / p95（Node）", `${ms(percentile(o.warm, 50))} / **${ms(percentile(o.warm, 95))}**`, "（同左，在浏览器里）", `${ms(percentile(p.times, 50))} / ${ms(percentile(p.times, 95))}`],
        ["第一轮 p50 / p95（刚建好的 Searcher）", `${ms(percentile(o.cold, 50))} / ${ms(percentile(o.cold, 95))}`, "—", `第一轮合计 ${ms(p.cold)}`],
      ],
    );
    console.log(`\n第一个结果前：本站 ${kb(endpoint)} ${endpoint <= p.firstBytes ? "≤" : ">"} Pagefind ${kb(p.firstBytes)}；查询 p95 ${ms(percentile(o.warm, 95))}${size >= 5000 ? (percentile(o.warm, 95) <= 5 ? "（≤ 5 ms）" : "（> 5 ms）") : ""}。`);
  }

  // The real site: the same count, and, when there is a build, the answer as `next start` sends it (headers included).
  const realAsset = serializeIndex(buildSearchIndex(real, lexicon));
  const realSearcher = new Searcher(JSON.parse(realAsset.json));
  const realAnswers = queries.map((q) => answerBytes(realSearcher, realAsset, q));
  console.log(`\n## 真实网站（${real.articles.length} 篇）\n`);
  console.log(
    `第一次搜索下载 **${kb(panel.bytes + popular + realAnswers[0])}**（回答 ${kb(realAnswers[0])}，中位 ${kb(percentile(realAnswers, 50))}，最大 ${kb(Math.max(...realAnswers))}；` +
      `下拉框代码 ${kb(panel.bytes)}；热门列表 ${kb(popular)}），离线回退时 ${kb(realAsset.gzipBytes + searchCode)}（索引 ${kb(realAsset.gzipBytes)}）。`,
  );
  if (fs.existsSync(path.join(ROOT, ".next/BUILD_ID")) && process.env.BENCH_SERVER !== "0") {
    const server = await startNext({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-data-")), DATABASE_URL: "" });
    try {
      const answer = await wireBytes(`${server.url}${searchAnswerUrl(queries[0], realAsset.hash)}`);
      const popularWire = await wireBytes(`${server.url}/api/popular?limit=5`);
      console.log(
        `next start 实测（含响应头）：/api/search 回答 ${kb(answer.bytes)}（${answer.status}，${answer.encoding}），/api/popular ${kb(popularWire.bytes)}（${popularWire.encoding}）；` +
          `加上下拉框代码共 ${kb(answer.bytes + popularWire.bytes + panel.bytes)}。`,
      );
    } finally {
      server.stop();
    }
  }
  fs.rmSync(WORK, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
