import { z } from "zod";
import { SLUG_PATTERN } from "@/content/schema";
import { PLACEHOLDER_KEY } from "./letters";

const text = (what: string) => z.string({ error: `${what}必须是文字` }).trim().min(1, `${what}不能为空`);
const id = z.string({ error: "id 必须是文字" }).regex(SLUG_PATTERN, "id 只能用小写字母、数字和连字符");
const slugs = z.array(z.string().regex(SLUG_PATTERN, "不是有效的文章 slug"), { error: "articles 必须是列表" });

export const timelineFileSchema = z.strictObject({
  about: z.string().optional(),
  steps: z
    .array(
      z
        .strictObject({
          id,
          day: z.number({ error: "day 必须是数字" }).int("day 必须是整数").min(1, "day 从 1 开始（还款日的次日）"),
          title: text("标题"),
          text: text("说明"),
          basis: z.enum(["statute", "practice"], { error: "basis 只能是 statute（法律规定）或 practice（常见做法）" }),
          citation: text("出处").optional(),
          articles: slugs.min(1, "至少链接一篇解释这一步的文章"),
        })
        .refine((step) => step.basis !== "statute" || step.citation, { message: "法律规定必须写 citation（法律名称和条号）", path: ["citation"] }),
    )
    .min(1, "至少需要一步"),
});

const option = z.strictObject({ id, label: text("选项文字") });

export const complaintsFileSchema = z.strictObject({
  about: z.string().optional(),
  questions: z.strictObject({
    who: z.array(option).min(1),
    what: z.array(option).min(1),
    lender: z.array(option).min(1),
  }),
  channels: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/, "渠道 id 只能用小写字母、数字和连字符"), name: text("名称"), contact: text("联系方式"), handles: text("受理范围") }))
    .min(1),
  evidence: z.array(text("证据")),
  rules: z
    .array(
      z.strictObject({
        id,
        when: z.strictObject({ who: z.array(z.string()).min(1).optional(), what: z.array(z.string()).min(1).optional(), lender: z.array(z.string()).min(1).optional() }),
        channel: z.string(),
        rank: z.number({ error: "rank 必须是数字" }).int(),
        why: text("理由"),
        evidence: z.array(text("证据")),
        articles: slugs,
      }),
    )
    .min(1),
});

export const templateFrontmatterSchema = z.strictObject({
  title: text("标题"),
  summary: text("摘要"),
  recipient: text("收件方"),
  howToSend: text("寄送说明"),
  order: z.number({ error: "order 必须是数字" }).int().min(0),
  placeholders: z
    .array(
      z.strictObject({
        key: z.string({ error: "key 必须是文字" }).regex(PLACEHOLDER_KEY, "占位符名只能用小写字母、数字和下划线，以字母开头"),
        label: text("占位符说明"),
        hint: z.string().optional(),
        multiline: z.boolean().optional(),
      }),
      { error: "placeholders 必须是列表" },
    )
    .min(1, "至少需要一个占位符"),
  articles: slugs.optional(),
});

export const toolsFileSchema = z.strictObject({
  about: z.string().optional(),
  tools: z
    .array(
      z.strictObject({
        id,
        href: z.string().regex(/^\/tools\/[a-z0-9/-]+$/, "href 必须是 /tools/ 下的页面"),
        name: text("名称"),
        summary: text("简介"),
        topics: z.array(id).default([]),
        articles: slugs.default([]),
      }),
    )
    .min(1),
});
