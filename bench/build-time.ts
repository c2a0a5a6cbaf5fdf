// Build time of the site for 100 / 1,000 / 5,000 synthetic articles vs a bare remark loop that
// turns the same Markdown into HTML files. Sizes: BENCH_SIZES=100,1000,5000 (default).
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { writeSyntheticCorpus } from "./synthetic-corpus";
import { ROOT, WORK, fmt, printTable, runTimed } from "./lib";

async function bareRemarkLoop(contentDir: string, outDir: string): Promise<number> {
  const started = performance.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const processor = remark().use(remarkGfm).use(remarkHtml);
  for (const name of fs.readdirSync(path.join(contentDir, "articles"))) {
    const { data, content } = matter(fs.readFileSync(path.join(contentDir, "articles", name), "utf8"), {});
    const html = String(await processor.process(content));
    fs.writeFileSync(path.join(outDir, name.replace(/\.md$/, ".html")), `<!doctype html><title>${String(data.title)}</title>${html}`);
  }
  return (performance.now() - started) / 1000;
}

export async function benchBuildTime(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? "100,1000,5000").split(",").map(Number);
  const rows: (string | number)[][] = [];
  for (const size of sizes) {
    const contentDir = path.join(WORK, `content-${size}`);
    writeSyntheticCorpus({ sourceDir: path.join(ROOT, "content"), targetDir: contentDir, count: size });
    const baseline = await bareRemarkLoop(contentDir, path.join(WORK, `remark-html-${size}`));
    const distDir = `bench/.work/next-${size}`;
    const site = runTimed("npm", ["run", "-s", "build"], { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir });
    fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
    rows.push([size, fmt(site), fmt((site * 1000) / size, 2), fmt(baseline, 2), fmt((baseline * 1000) / size, 3), fmt(site / baseline, 1)]);
    console.error(`  ${size} 篇：站点 ${fmt(site)} s，remark 循环 ${fmt(baseline, 2)} s`);
  }
  printTable("构建时间（npm run build vs 裸 remark 循环）", ["文章数", "站点 s", "站点 ms/篇", "remark s", "remark ms/篇", "倍数"], rows);
}
