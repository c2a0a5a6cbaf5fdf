import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import GithubSlugger from "github-slugger";
import { ContentError, ContentIssue } from "./errors";
import { renderMarkdown } from "./render";
import { readDataFile, zodIssues } from "./data-file";
import { loadUpdates } from "./updates";
import { loadLawLibrary } from "./law-texts";
import { lawCitationsOf } from "./law-citations";
import { citationResolver, type CitationHref } from "./linked-text";
import { SLUG_PATTERN, featuredFileSchema, frontmatterSchema, topicsFileSchema } from "./schema";
import type { Article, Site, Topic } from "./types";

export interface LoadOptions {
  /** The content/ folder. */
  contentDir: string;
  /** Paths in error messages are shown relative to this (the project root). */
  rootDir?: string;
}

const ARTICLE_LINK = /^\/articles\/([^/?#]+)\/?(?:#(.+))?$/;

function listMarkdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function loadTopics(contentDir: string, rel: (file: string) => string, issues: ContentIssue[]): Topic[] {
  const file = path.join(contentDir, "topics.json");
  const topics = readDataFile(file, rel(file), topicsFileSchema, issues);
  if (!topics) return [];
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    if (seen.has(topic.id)) issues.push(new ContentIssue(rel(file), `[${index}].id`, `主题 id 重复："${topic.id}"`));
    seen.add(topic.id);
  });
  return [...topics].sort((a, b) => a.order - b.order);
}

/** An article as read, with the hrefs of its body kept until cross references are checked. */
type LoadedArticle = Article & { links: string[] };

async function loadArticle(file: string, display: string, issues: ContentIssue[], citationHref: CitationHref): Promise<LoadedArticle | undefined> {
  const slug = path.basename(file, ".md");
  let parsedFile: matter.GrayMatterFile<string>;
  const fileText = fs.readFileSync(file, "utf8");
  try {
    // gray-matter caches by content; pass an options object to disable that cache between loads.
    parsedFile = matter(fileText, {});
  } catch (error) {
    issues.push(new ContentIssue(display, "frontmatter", `YAML 无法解析：${(error as Error).message}`));
    return undefined;
  }
  const parsed = frontmatterSchema.safeParse(parsedFile.data);
  if (!parsed.success) {
    issues.push(...zodIssues(display, parsed.error));
    return undefined;
  }
  const data = parsed.data;
  const rendered = await renderMarkdown(parsedFile.content, { citationHref });
  const faqSlugger = new GithubSlugger();
  return {
    slug,
    file: display,
    title: data.title,
    summary: data.summary,
    topic: data.topic,
    order: data.order ?? Number.MAX_SAFE_INTEGER,
    tags: data.tags,
    updated: data.updated,
    reviewed: data.reviewed,
    sources: data.sources,
    faq: (data.faq ?? []).map((entry) => ({ ...entry, id: `faq-${faqSlugger.slug(entry.q) || "entry"}` })),
    related: data.related ?? [],
    aliases: data.aliases ?? [],
    markdown: parsedFile.content,
    lawRefs: [],
    bodyLineOffset: fileText.slice(0, fileText.length - parsedFile.content.length).split("\n").length - 1,
    html: rendered.html,
    headings: rendered.headings,
    sections: rendered.sections,
    links: rendered.links,
  };
}

/**
 * The one way into content/: reads topics, featured list and every article,
 * validates each against the schema and all cross references against each
 * other, and throws one ContentError listing every problem (file › field).
 */
export async function loadSite({ contentDir, rootDir = path.dirname(contentDir) }: LoadOptions): Promise<Site> {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(rootDir, file).split(path.sep).join("/");

  const topics = loadTopics(contentDir, rel, issues);
  // Law texts first: article bodies link each citation to the quoted text (a footnote on the same page).
  const laws = loadLawLibrary(contentDir, rel, issues);
  const citationHref = citationResolver(laws, "footnote");
  const topicIds = new Set(topics.map((topic) => topic.id));

  const articlesDir = path.join(contentDir, "articles");
  const bySlug = new Map<string, LoadedArticle>();
  for (const file of listMarkdownFiles(articlesDir)) {
    const display = rel(file);
    if (!file.endsWith(".md")) {
      issues.push(new ContentIssue(display, "(文件名)", "articles 目录里只能放 .md 文章"));
      continue;
    }
    const slug = path.basename(file, ".md");
    if (!SLUG_PATTERN.test(slug)) {
      issues.push(new ContentIssue(display, "(文件名)", `文件名就是网址 slug，只能用小写字母、数字和连字符："${slug}"`));
      continue;
    }
    const duplicate = bySlug.get(slug);
    if (duplicate) {
      issues.push(new ContentIssue(display, "(文件名)", `slug "${slug}" 重复，已被 ${duplicate.file} 使用`));
      continue;
    }
    const article = await loadArticle(file, display, issues, citationHref);
    if (article) bySlug.set(slug, article);
  }

  // Aliases are old slugs that redirect; they must not collide with a live slug or each other.
  const aliasOwner = new Map<string, string>();
  for (const article of bySlug.values()) {
    article.aliases.forEach((alias, index) => {
      const field = `aliases[${index}]`;
      if (bySlug.has(alias)) issues.push(new ContentIssue(article.file, field, `别名 "${alias}" 与现有文章 slug 重复`));
      else if (aliasOwner.has(alias)) issues.push(new ContentIssue(article.file, field, `别名 "${alias}" 已被 ${aliasOwner.get(alias)} 使用`));
      else aliasOwner.set(alias, article.file);
    });
  }

  for (const article of bySlug.values()) {
    if (topicIds.size > 0 && !topicIds.has(article.topic)) {
      issues.push(new ContentIssue(article.file, "topic", `未知主题 "${article.topic}"（可用：${[...topicIds].join("、")}）`));
    }
    article.related.forEach((slug, index) => {
      if (!bySlug.has(slug)) issues.push(new ContentIssue(article.file, `related[${index}]`, `相关文章 "${slug}" 不存在`));
      else if (slug === article.slug) issues.push(new ContentIssue(article.file, `related[${index}]`, "相关文章不能指向自己"));
    });
    for (const href of article.links) {
      const match = ARTICLE_LINK.exec(href);
      if (!match) {
        if (href.startsWith("/articles")) issues.push(new ContentIssue(article.file, "正文链接", `无法识别的文章链接 "${href}"`));
        continue;
      }
      const target = bySlug.get(decodeURIComponent(match[1]));
      if (!target) {
        issues.push(new ContentIssue(article.file, "正文链接", `链接 "${href}" 指向不存在的文章`));
        continue;
      }
      const anchor = match[2] ? decodeURIComponent(match[2]) : undefined;
      if (anchor && !target.headings.some((h) => h.id === anchor) && !target.faq.some((f) => f.id === anchor)) {
        issues.push(new ContentIssue(article.file, "正文链接", `链接 "${href}" 的锚点在 ${target.file} 中不存在`));
      }
    }
  }

  const featuredFile = path.join(contentDir, "featured.json");
  let featured: string[] = [];
  if (fs.existsSync(featuredFile)) {
    const parsed = readDataFile(featuredFile, rel(featuredFile), featuredFileSchema, issues);
    if (parsed) {
      featured = parsed.featured;
      featured.forEach((slug, index) => {
        if (!bySlug.has(slug)) issues.push(new ContentIssue(rel(featuredFile), `featured[${index}]`, `文章 "${slug}" 不存在`));
      });
    }
  }

  const updates = loadUpdates(contentDir, rel, new Set(bySlug.keys()), issues);

  // Build-time truth: every numbered citation must point at an article quoted in content/law/.
  for (const article of bySlug.values()) {
    const { refs, problems } = lawCitationsOf(article, laws);
    article.lawRefs = refs;
    for (const problem of problems) issues.push(new ContentIssue(article.file, problem.field, problem.message));
  }

  if (issues.length > 0) throw new ContentError(issues);

  const topicOrder = new Map(topics.map((topic, index) => [topic.id, index]));
  const articles: Article[] = [...bySlug.values()]
    .map(({ links: _links, ...article }) => article)
    .sort(
      (a, b) =>
        (topicOrder.get(a.topic) ?? 0) - (topicOrder.get(b.topic) ?? 0) ||
        a.order - b.order ||
        a.slug.localeCompare(b.slug),
    );
  return { topics, articles, featured, updates, laws };
}
