import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { ContentError, ContentIssue, readDataFile, SLUG_PATTERN, zodIssues, type Site } from "@/content";
import type { ComplaintData } from "./complaints";
import { parseLetterBody, type LetterTemplate } from "./letters";
import { complaintsFileSchema, templateFrontmatterSchema, timelineFileSchema, toolsFileSchema } from "./schema";
import type { TimelineStepData } from "./timeline";

export interface ToolLink {
  id: string;
  href: string;
  name: string;
  summary: string;
  topics: string[];
  articles: string[];
}

/** Everything the tools read from content/, validated against itself and against the articles. */
export interface Toolkit {
  tools: ToolLink[];
  timelineSteps: TimelineStepData[];
  complaints: ComplaintData;
  templates: LetterTemplate[];
}

export interface LoadToolkitOptions {
  contentDir: string;
  rootDir?: string;
  /** The loaded articles: every slug the tools link to must exist there. */
  site: Site;
}

/**
 * Reads content/tools/*.json and content/templates/*.md, validates them (zod, cross references,
 * placeholders) and throws one ContentError naming file and field for every problem.
 */
export function loadToolkit({ contentDir, rootDir = path.dirname(contentDir), site }: LoadToolkitOptions): Toolkit {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(rootDir, file).split(path.sep).join("/");
  const slugs = new Set(site.articles.map((article) => article.slug));
  const topics = new Set(site.topics.map((topic) => topic.id));
  const checkArticles = (file: string, field: string, list: string[]) =>
    list.forEach((slug, index) => {
      if (!slugs.has(slug)) issues.push(new ContentIssue(file, `${field}[${index}]`, `文章 "${slug}" 不存在`));
    });

  const readJson = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const file = path.join(contentDir, "tools", name);
    return readDataFile(file, rel(file), schema, issues);
  };


  const timelineFile = rel(path.join(contentDir, "tools", "timeline.json"));
  const timeline = readJson("timeline.json", timelineFileSchema);
  timeline?.steps.forEach((step, index) => checkArticles(timelineFile, `steps[${index}].articles`, step.articles));
  uniqueIds(timelineFile, "steps", timeline?.steps ?? [], issues);

  const complaintsFile = rel(path.join(contentDir, "tools", "complaints.json"));
  const complaints = readJson("complaints.json", complaintsFileSchema);
  if (complaints) {
    uniqueIds(complaintsFile, "channels", complaints.channels, issues);
    uniqueIds(complaintsFile, "rules", complaints.rules, issues);
    const channelIds = new Set(complaints.channels.map((channel) => channel.id));
    const used = new Set<string>();
    complaints.rules.forEach((rule, index) => {
      const field = `rules[${index}]`;
      if (!channelIds.has(rule.channel)) issues.push(new ContentIssue(complaintsFile, `${field}.channel`, `渠道 "${rule.channel}" 不在 channels 里`));
      used.add(rule.channel);
      for (const question of ["who", "what", "lender"] as const) {
        const known = new Set(complaints.questions[question].map((option) => option.id));
        rule.when[question]?.forEach((value, i) => {
          if (!known.has(value)) issues.push(new ContentIssue(complaintsFile, `${field}.when.${question}[${i}]`, `选项 "${value}" 不在 questions.${question} 里`));
        });
      }
      checkArticles(complaintsFile, `${field}.articles`, rule.articles);
    });
    complaints.channels.forEach((channel, index) => {
      if (!used.has(channel.id)) issues.push(new ContentIssue(complaintsFile, `channels[${index}]`, `渠道 "${channel.id}" 没有任何规则会推荐`));
    });
  }

  const templates = loadTemplates(path.join(contentDir, "templates"), rel, issues);
  templates.forEach((template) => checkArticles(template.file, "articles", template.articles));

  const toolsFile = rel(path.join(contentDir, "tools", "tools.json"));
  const tools = readJson("tools.json", toolsFileSchema);
  const pages = new Set(["/tools/timeline", "/tools/complain", "/tools/letters", ...templates.map((t) => `/tools/letters/${t.slug}`)]);
  tools?.tools.forEach((tool, index) => {
    if (!pages.has(tool.href)) issues.push(new ContentIssue(toolsFile, `tools[${index}].href`, `页面 "${tool.href}" 不存在`));
    tool.topics.forEach((topic, i) => {
      if (!topics.has(topic)) issues.push(new ContentIssue(toolsFile, `tools[${index}].topics[${i}]`, `主题 "${topic}" 不存在`));
    });
    checkArticles(toolsFile, `tools[${index}].articles`, tool.articles);
  });

  if (issues.length > 0) throw new ContentError(issues);
  return { tools: tools!.tools, timelineSteps: timeline!.steps, complaints: complaints!, templates };
}

function uniqueIds(file: string, field: string, items: { id: string }[], issues: ContentIssue[]) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push(new ContentIssue(file, `${field}[${index}].id`, `id 重复："${item.id}"`));
    seen.add(item.id);
  });
}

function loadTemplates(dir: string, rel: (file: string) => string, issues: ContentIssue[]): LetterTemplate[] {
  if (!fs.existsSync(dir)) return [];
  const templates: LetterTemplate[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const display = rel(file);
    if (!name.endsWith(".md")) {
      issues.push(new ContentIssue(display, "(文件名)", "templates 目录里只能放 .md 模板"));
      continue;
    }
    const slug = name.slice(0, -3);
    if (!SLUG_PATTERN.test(slug)) {
      issues.push(new ContentIssue(display, "(文件名)", `文件名就是网址，只能用小写字母、数字和连字符："${slug}"`));
      continue;
    }
    let parsedFile: matter.GrayMatterFile<string>;
    try {
      parsedFile = matter(fs.readFileSync(file, "utf8"), {});
    } catch (error) {
      issues.push(new ContentIssue(display, "frontmatter", `YAML 无法解析：${(error as Error).message}`));
      continue;
    }
    const parsed = templateFrontmatterSchema.safeParse(parsedFile.data);
    if (!parsed.success) {
      issues.push(...zodIssues(display, parsed.error));
      continue;
    }
    const data = parsed.data;
    const body = parsedFile.content.trim();
    const { segments, keys, malformed } = parseLetterBody(body);
    const declared = data.placeholders.map((p) => p.key);
    data.placeholders.forEach((placeholder, index) => {
      if (declared.indexOf(placeholder.key) !== index) issues.push(new ContentIssue(display, `placeholders[${index}].key`, `占位符 "${placeholder.key}" 重复声明`));
      else if (!keys.includes(placeholder.key)) issues.push(new ContentIssue(display, `placeholders[${index}].key`, `占位符 "${placeholder.key}" 已声明，但正文里没有用到 {{${placeholder.key}}}`));
    });
    for (const key of keys.filter((k) => !declared.includes(k))) {
      issues.push(new ContentIssue(display, `正文 {{${key}}}`, `占位符 "${key}" 没有在 placeholders 里声明`));
    }
    for (const text of malformed) issues.push(new ContentIssue(display, "正文", `占位符写法不对："${text}"，应写成 {{小写名}}`));
    templates.push({
      slug,
      file: display,
      title: data.title,
      summary: data.summary,
      recipient: data.recipient,
      howToSend: data.howToSend,
      order: data.order,
      placeholders: data.placeholders,
      articles: data.articles ?? [],
      segments,
    });
  }
  return templates.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
