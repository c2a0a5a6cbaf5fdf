/**
 * Keeps content/law/ in step with what the site cites.
 *   npm run -s law:texts   fills every content/law/<slug>.md whose textFrom is "shared" with the exact words of
 *                          each cited article, taken from ../shared/law (the official texts), in article order;
 *   npm run -s law:check   changes nothing: lists every citation in content/ that will not link (instrument
 *                          unknown, no content/law file, article not quoted), and exits 1 if there is one.
 * Citations are read from the raw files (articles with their frontmatter, templates, tool data), so FAQ
 * answers, sources and tool texts count too.
 */
import fs from "node:fs";
import path from "node:path";
import { articleLabel, citedKeys, findCitations, statuteArticles } from "../src/law";
import { ContentIssue } from "../src/content/errors";
import { findLawInstrument, loadLawLibrary } from "../src/content/law-texts";

const root = path.resolve(__dirname, "..");
const contentDir = path.join(root, "content");
const sharedLaw = path.resolve(root, "../shared/law");
const checkOnly = process.argv.includes("--check");

const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");
const issues: ContentIssue[] = [];
const library = loadLawLibrary(contentDir, rel, issues);
if (issues.length) {
  console.error(issues.map((issue) => issue.toString()).join("\n"));
  process.exit(1);
}

const sources = ["articles", "templates", "tools"].flatMap((dir) =>
  fs.readdirSync(path.join(contentDir, dir)).map((name) => path.join(contentDir, dir, name)),
);
const wanted = new Map<string, Set<string>>(); // slug → keys
const unlinked: string[] = [];
for (const file of sources) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((line, index) => {
    for (const citation of findCitations(line)) {
      const keys = citedKeys(citation);
      if (keys.length === 0) continue;
      const law = findLawInstrument(library, citation.instrument);
      if (!law) {
        unlinked.push(`${rel(file)}:${index + 1} 《${citation.instrument}》${keys.map(articleLabel).join("、")}：content/law/ 里没有这部文件`);
        continue;
      }
      const set = wanted.get(law.slug) ?? new Set<string>();
      keys.forEach((key) => set.add(key));
      wanted.set(law.slug, set);
      for (const key of keys) {
        if (checkOnly && !law.articles.some((article) => article.key === key)) {
          unlinked.push(`${rel(file)}:${index + 1} 《${citation.instrument}》${articleLabel(key)}：${law.file} 没有收录这一条`);
        }
      }
    }
  });
}

if (checkOnly) {
  for (const line of unlinked) console.log(line);
  console.log(unlinked.length ? `${unlinked.length} 处引用不能链接到原文` : "所有带条号的引用都能链接到原文");
  process.exit(unlinked.length ? 1 : 0);
}

if (!fs.existsSync(sharedLaw)) {
  console.error(`找不到 ${sharedLaw}：官方文本不在这台机器上，无法补全条文。`);
  process.exit(1);
}
for (const law of library.instruments) {
  const keys = wanted.get(law.slug);
  if (law.textFrom !== "shared") {
    const missing = [...(keys ?? [])].filter((key) => !law.articles.some((article) => article.key === key));
    if (missing.length) console.warn(`${law.file}：textFrom 为 ${law.textFrom}，请手工补上 ${missing.map(articleLabel).join("、")}`);
    continue;
  }
  const official = new Map<string, string[]>();
  for (const name of law.sharedTexts) {
    for (const [key, paragraphs] of statuteArticles(fs.readFileSync(path.join(sharedLaw, name), "utf8"))) official.set(key, paragraphs);
  }
  const all = new Set([...law.articles.map((article) => article.key), ...(keys ?? [])]);
  const ordered = [...all].sort((a, b) => {
    const [an, as = 0] = a.split("-").map(Number);
    const [bn, bs = 0] = b.split("-").map(Number);
    return an - bn || as - bs;
  });
  const body: string[] = [];
  for (const key of ordered) {
    const paragraphs = official.get(key);
    if (!paragraphs) {
      console.error(`${law.file}：${articleLabel(key)} 不在 ${law.sharedTexts.join("、")} 里`);
      process.exitCode = 1;
      continue;
    }
    body.push(`## ${articleLabel(key)}`, "", ...paragraphs.flatMap((paragraph) => [paragraph, ""]));
  }
  const file = path.join(root, law.file);
  const text = fs.readFileSync(file, "utf8");
  const frontmatterEnd = text.indexOf("\n---", 3) + 4;
  fs.writeFileSync(file, `${text.slice(0, frontmatterEnd)}\n\n${body.join("\n").trimEnd()}\n`);
  console.log(`${law.file}：${ordered.length} 条`);
}
