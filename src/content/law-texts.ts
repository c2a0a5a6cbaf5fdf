import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { articleKey, articleLabel, parseArticleNumber } from "../law";
import { ContentIssue } from "./errors";
import { zodIssues } from "./data-file";
import { SLUG_PATTERN, isoDate } from "./schema";
import type { LawArticle, LawInstrument, LawLibrary } from "./types";

/** content/laws.json: every instrument an article may name, with short names; `null` articles = by name only. */
export const lawsFileSchema = z.object({
  about: z.string().optional(),
  instruments: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      articles: z.number().int().positive().nullable(),
      checkedArticles: z.array(z.number().int().positive()).optional(),
      texts: z.array(z.string().min(1)).optional(),
      note: z.string().optional(),
      /** In-force date of a revision that renumbered the articles; numbers are then allowed only from checkedArticles. */
      renumbered: z.iso.date().optional(),
    }),
  ),
});
export type LawsFile = z.infer<typeof lawsFileSchema>;

const lawFrontmatterSchema = z.strictObject({
  instrument: z.string().min(1),
  shortName: z.string().min(1),
  issuer: z.string().min(1),
  version: z.string().min(1),
  published: isoDate.optional(),
  inForce: isoDate.optional(),
  source: z.url({ protocol: /^https$/, error: "source 必须是 https 网址" }),
  sourceName: z.string().min(1),
  /** Where the quoted words were checked: shared = ../shared/law (a test compares them); public-copy; none = a summary only. */
  textFrom: z.enum(["shared", "public-copy", "none"]),
  textNote: z.string().optional(),
});

const ARTICLE_HEADING = /^##\s+第([零〇一二两三四五六七八九十百千0-9]+)条(?:之([零〇一二两三四五六七八九十百千0-9]+))?\s*$/;

/** Reads content/laws.json; problems go to `issues` (file › field). */
export function readLawsFile(contentDir: string, display: (file: string) => string, issues: ContentIssue[]): LawsFile | undefined {
  const file = path.join(contentDir, "laws.json");
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    issues.push(new ContentIssue(display(file), "(整个文件)", `无法读取或不是有效的 JSON：${(error as Error).message}`));
    return undefined;
  }
  const parsed = lawsFileSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...zodIssues(display(file), parsed.error));
    return undefined;
  }
  return parsed.data;
}

/** The body of a content/law file: `## 第N条` headings, each followed by its paragraphs. */
export function parseLawBody(body: string, shown: string, issues: ContentIssue[], bodyLineOffset = 0): LawArticle[] {
  const articles: LawArticle[] = [];
  let current: LawArticle | undefined;
  body.split("\n").forEach((line, index) => {
    const heading = ARTICLE_HEADING.exec(line);
    if (heading) {
      const number = parseArticleNumber(heading[1]);
      const suffix = heading[2] ? parseArticleNumber(heading[2]) : 0;
      const key = articleKey({ number, suffix });
      if (articles.some((article) => article.key === key)) {
        issues.push(new ContentIssue(shown, `第 ${index + 1 + bodyLineOffset} 行`, `${articleLabel(key)} 重复`));
      }
      current = { key, number, suffix, label: articleLabel(key), paragraphs: [] };
      articles.push(current);
      return;
    }
    if (!line.trim()) return;
    if (!current) {
      issues.push(new ContentIssue(shown, `第 ${index + 1 + bodyLineOffset} 行`, "条文前只能有 frontmatter：每条以“## 第N条”开头"));
      return;
    }
    current.paragraphs.push(line.trim().replace(/^>\s*/, ""));
  });
  for (const article of articles) {
    if (article.paragraphs.length === 0) issues.push(new ContentIssue(shown, article.label, "没有条文内容"));
  }
  return articles.sort((a, b) => a.number - b.number || a.suffix - b.suffix);
}

/**
 * The law texts the site quotes (content/law/<slug>.md, one per instrument) joined with the known-instruments
 * list (content/laws.json). Every problem is added to `issues`, naming file and field.
 */
export function loadLawLibrary(contentDir: string, display: (file: string) => string, issues: ContentIssue[]): LawLibrary {
  // A content folder without laws (a test fixture, a new site) simply has no citations to link.
  if (!fs.existsSync(path.join(contentDir, "laws.json")) && !fs.existsSync(path.join(contentDir, "law"))) {
    return { instruments: [], namedOnly: [] };
  }
  const lawsFile = readLawsFile(contentDir, display, issues);
  const known = lawsFile?.instruments ?? [];
  const dir = path.join(contentDir, "law");
  const instruments: LawInstrument[] = [];
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort() : [];
  for (const name of files) {
    const file = path.join(dir, name);
    const shown = display(file);
    const slug = name.replace(/\.md$/, "");
    if (!name.endsWith(".md") || !SLUG_PATTERN.test(slug)) {
      issues.push(new ContentIssue(shown, "(文件名)", "content/law 里只能放 <slug>.md（小写字母、数字和连字符）"));
      continue;
    }
    const text = fs.readFileSync(file, "utf8");
    let parsedFile: matter.GrayMatterFile<string>;
    try {
      parsedFile = matter(text, {});
    } catch (error) {
      issues.push(new ContentIssue(shown, "frontmatter", `YAML 无法解析：${(error as Error).message}`));
      continue;
    }
    const data = lawFrontmatterSchema.safeParse(parsedFile.data);
    if (!data.success) {
      issues.push(...zodIssues(shown, data.error));
      continue;
    }
    const entry = known.find((instrument) => instrument.name === data.data.instrument);
    if (!entry) {
      issues.push(new ContentIssue(shown, "instrument", `“${data.data.instrument}”不在 content/laws.json 里`));
      continue;
    }
    const bodyLineOffset = text.slice(0, text.length - parsedFile.content.length).split("\n").length - 1;
    instruments.push({
      slug,
      file: shown,
      ...data.data,
      name: entry.name,
      aliases: entry.aliases,
      sharedTexts: entry.texts ?? [],
      articles: parseLawBody(parsedFile.content, shown, issues, bodyLineOffset),
    });
  }
  const withText = new Set(instruments.map((instrument) => instrument.name));
  return {
    instruments,
    namedOnly: known.filter((entry) => !withText.has(entry.name)).map((entry) => ({ name: entry.name, aliases: entry.aliases, note: entry.note })),
  };
}

/** The instrument a citation names (full name or a short name from content/laws.json), if the site holds its text. */
export function findLawInstrument(library: LawLibrary, cited: string): LawInstrument | undefined {
  return library.instruments.find((instrument) => instrument.name === cited || instrument.aliases.includes(cited) || instrument.shortName === cited);
}
