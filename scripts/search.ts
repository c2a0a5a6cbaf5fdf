// `npm run -s search -- [--json] "<query>"`: the real content's top 10 results, with the site's module and ranking.
// With --json, stdout carries only a JSON array of {slug, title, url, score}.
import { getSiteSearch } from "../src/search/node";

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const query = args.filter((arg) => arg !== "--json").join(" ");
  if (!query.trim()) {
    console.error('用法：npm run -s search -- [--json] "<搜索词>"');
    process.exit(2);
  }
  const { searcher } = await getSiteSearch();
  const results = searcher.search(query, 10);
  if (json) {
    process.stdout.write(`${JSON.stringify(results.map(({ slug, title, url, score }) => ({ slug, title, url, score })), null, 2)}\n`);
    return;
  }
  if (results.length === 0) console.log(`“${query}”：没有找到结果`);
  results.forEach((result, index) => {
    const snippet = result.snippetParts.map((part) => (part.hit ? `【${part.text}】` : part.text)).join("");
    console.log(`${String(index + 1).padStart(2)}. ${result.title}  (${result.score})\n    ${result.url}${result.place ? `  ·  ${result.place}` : ""}\n    ${snippet}`);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
