// Writes public/search-index.<hash>.json from the real content (same loader and module as the site) and prints its size.
// Run before `next build` (npm run build, npm start, npm test do it); the server computes the same hash from the same content.
import path from "node:path";
import { getSiteSearch, indexPartSizes, writeIndexAsset } from "../src/search/node";

async function main() {
  const started = performance.now();
  const { asset, data, searcher } = await getSiteSearch();
  const file = writeIndexAsset(asset, path.join(process.cwd(), "public"));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `搜索索引：${path.relative(process.cwd(), file)}  ${data.articles.length} 篇文章，${searcher.index.units.length} 个段落，` +
      `${searcher.index.postings.size} 个词元；原始 ${kb(asset.rawBytes)}，gzip ${kb(asset.gzipBytes)}；用时 ${Math.round(performance.now() - started)} ms`,
  );
  // Where the bytes go (each part gzipped alone, so the parts add up to a little more than the whole).
  console.log(`  gzip 分项：${Object.entries(indexPartSizes(data)).map(([part, bytes]) => `${part} ${kb(bytes)}`).join("，")}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
