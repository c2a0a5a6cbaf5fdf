import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const TOPICS = [
  { id: "timeline", name: "逾期时间线", description: "逾期后会发生什么。", order: 1 },
  { id: "emergency-contacts", name: "紧急联系人", description: "紧急联系人的规则。", order: 2 },
];

export interface FixtureArticle {
  /** Frontmatter fields; overrides the valid defaults. A field set to undefined is removed. */
  data?: Record<string, unknown>;
  body?: string;
  /** Write this exact text instead of building frontmatter. */
  raw?: string;
}

export function frontmatter(data: Record<string, unknown>): string {
  return JSON.stringify(data, null, 2); // JSON is valid YAML
}

export function validArticleData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: "测试文章",
    summary: "这是一篇测试文章。",
    topic: "timeline",
    tags: ["测试"],
    updated: "2026-11-01",
    reviewed: "2026-11-02",
    sources: [{ title: "《征信业管理条例》第十六条" }],
    ...overrides,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}

/** Writes a throw-away content/ folder and returns the project root that holds it. */
export function makeContent(
  articles: Record<string, FixtureArticle>,
  extra: { topics?: unknown; featured?: unknown; updates?: unknown } = {},
) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-fixture-"));
  const contentDir = path.join(root, "content");
  fs.mkdirSync(path.join(contentDir, "articles"), { recursive: true });
  fs.writeFileSync(path.join(contentDir, "topics.json"), JSON.stringify(extra.topics ?? TOPICS));
  if (extra.featured) fs.writeFileSync(path.join(contentDir, "featured.json"), JSON.stringify(extra.featured));
  if (extra.updates) fs.writeFileSync(path.join(contentDir, "updates.json"), JSON.stringify(extra.updates));
  for (const [name, article] of Object.entries(articles)) {
    const file = path.join(contentDir, "articles", name.includes(".") ? name : `${name}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = article.raw ?? `---\n${frontmatter(validArticleData(article.data))}\n---\n${article.body ?? "## 第一节\n\n正文。\n"}`;
    fs.writeFileSync(file, text);
  }
  return { root, contentDir };
}
