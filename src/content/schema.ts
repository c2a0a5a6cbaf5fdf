import { z } from "zod";

/** Slugs are permanent URLs: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML turns an unquoted 2026-11-25 into a Date; a quoted one stays a string.
 * Both are accepted and normalised to "YYYY-MM-DD"; anything that is not a real
 * calendar date (2026-02-30, "last week") is rejected.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "需要 YYYY-MM-DD 格式的日期" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "需要 YYYY-MM-DD 格式的日期")
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    }, "不是有效的日期"),
);

const nonEmpty = (what: string) => z.string({ error: `${what}必须是文字` }).trim().min(1, `${what}不能为空`);

export const sourceSchema = z.strictObject({
  title: nonEmpty("来源标题"),
  url: z.url({ protocol: /^https?$/, error: "来源链接必须是 http(s) 网址" }).optional(),
  note: z.string().optional(),
});

export const faqEntrySchema = z.strictObject({
  q: nonEmpty("问题"),
  a: nonEmpty("回答"),
});

export const frontmatterSchema = z.strictObject({
  title: nonEmpty("标题"),
  summary: nonEmpty("摘要"),
  topic: nonEmpty("主题"),
  order: z.number({ error: "order 必须是数字" }).int().min(0).optional(),
  // YAML reads `tags: [12378]` as a number; a hotline number is a fine tag, so accept it as text.
  tags: z.array(z.preprocess((tag) => (typeof tag === "number" ? String(tag) : tag), nonEmpty("标签")), {
    error: "tags 必须是列表",
  }),
  updated: isoDate,
  reviewed: isoDate,
  sources: z.array(sourceSchema, { error: "sources 必须是列表" }).min(1, "至少需要一个来源"),
  faq: z.array(faqEntrySchema, { error: "faq 必须是列表" }).optional(),
  related: z.array(z.string().regex(SLUG_PATTERN, "不是有效的文章 slug"), { error: "related 必须是列表" }).optional(),
  aliases: z.array(z.string().regex(SLUG_PATTERN, "不是有效的文章 slug"), { error: "aliases 必须是列表" }).optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const topicSchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, "主题 id 只能用小写字母、数字和连字符"),
  name: nonEmpty("主题名称"),
  description: nonEmpty("主题说明"),
  order: z.number().int(),
});

export const topicsFileSchema = z.array(topicSchema).min(1, "至少需要一个主题");

export const featuredFileSchema = z.object({
  about: z.string().optional(),
  featured: z.array(z.string().regex(SLUG_PATTERN, "不是有效的文章 slug")),
});

/** Turns zod's issue path (["sources", 0, "title"]) into "sources[0].title". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, "") || "(整个文件)";
}

/** What kind of change an /updates entry records; the page shows the label. */
export const UPDATE_KINDS = {
  rule: "新规定",
  correction: "更正",
  article: "新文章",
  review: "复核",
} as const;

export const updateEntrySchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, "id 只能用小写字母、数字和连字符（它是 /updates# 后面的锚点）"),
  date: isoDate,
  kind: z.enum(Object.keys(UPDATE_KINDS) as [keyof typeof UPDATE_KINDS, ...(keyof typeof UPDATE_KINDS)[]], {
    error: `kind 只能是 ${Object.keys(UPDATE_KINDS).join("、")}`,
  }),
  title: nonEmpty("标题"),
  /** What changed, in a sentence or two a reader can check against the article. */
  summary: nonEmpty("说明"),
  articles: z.array(z.string().regex(SLUG_PATTERN, "不是有效的文章 slug")).min(1, "至少列出一篇相关文章"),
});

export const updatesFileSchema = z.object({
  about: z.string().optional(),
  updates: z.array(updateEntrySchema),
});
