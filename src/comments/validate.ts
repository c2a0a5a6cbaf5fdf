import { z } from "zod";
import { CommentError } from "./errors";
import { isReservedNickname } from "./filter-text";
import { foldFullWidth } from "./mask";

import { BODY_MAX, BODY_MIN, DEFAULT_NICKNAME, NICKNAME_MAX, REASON_MAX, REPLY_MAX } from "./limits";

export { BODY_MAX, BODY_MIN, DEFAULT_NICKNAME, MAX_REQUEST_BYTES, NICKNAME_MAX, REASON_MAX, REPLY_MAX } from "./limits";

/** Control characters (except newline) removed, Windows newlines unified, runs of blank lines shortened. */
export function cleanText(value: string): string {
  return foldFullWidth(value.normalize("NFC"))
    .replace(/\r\n?/g, "\n")
    // Invisible format characters too (soft hyphen, word joiner…): they only serve to split words and numbers past the filters.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|\p{Cf}/gu, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Letters and digits only: punctuation, spaces and emoji do not make a comment long enough. */
export function countWordCharacters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

const slug = z
  .string({ error: "缺少文章标识" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "文章标识格式不对" })
  .max(120, { error: "文章标识太长" });

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label}必须是文字` })
    .optional()
    .transform((v) => cleanText(v ?? ""))
    .pipe(z.string().max(max, { error: `${label}最多 ${max} 个字` }));

export const newCommentSchema = z.object({
  article: slug,
  nickname: optionalText(NICKNAME_MAX, "昵称")
    .transform((v) => v.replace(/\s+/g, " ") || DEFAULT_NICKNAME)
    .refine((v) => !isReservedNickname(v), { error: "昵称不能用“官方”“管理员”“站长”这类词，以免别人误以为是本站人员的回复。请换一个昵称，或者不填。" }),
  body: z
    .string({ error: "请填写留言内容" })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .refine((text) => countWordCharacters(text) >= BODY_MIN, { error: `留言至少 ${BODY_MIN} 个字，说清楚你的情况` })
        .max(BODY_MAX, { error: `留言最多 ${BODY_MAX} 个字` }),
    ),
  /** Honeypot: hidden from people, filled in by form-stuffing bots. */
  website: z.string({ error: "表单内容无效" }).optional().default(""),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "表单标识无效，请刷新页面后重试" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type NewCommentInput = z.infer<typeof newCommentSchema>;

export const listQuerySchema = z.object({
  article: slug,
  sort: z.enum(["newest", "helpful"], { error: "排序只能是 newest 或 helpful" }).default("newest"),
  page: z.coerce.number({ error: "页码必须是数字" }).int({ error: "页码必须是整数" }).min(1, { error: "页码从 1 开始" }).max(1000, { error: "页码太大" }).default(1),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const feedbackSchema = z.object({
  article: slug,
  helpful: z.enum(["yes", "no"], { error: "请选择“有帮助”或“没帮助”" }),
  reason: optionalText(REASON_MAX, "原因"),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const commentIdSchema = z.coerce
  .number({ error: "留言编号必须是数字" })
  .int({ error: "留言编号必须是整数" })
  .positive({ error: "留言编号必须是正数" })
  .max(Number.MAX_SAFE_INTEGER, { error: "留言编号太大" });

export const moderationSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("approve") }),
    z.object({ action: z.literal("reject") }),
    z.object({ action: z.literal("delete") }),
    z.object({ action: z.literal("pin") }),
    z.object({ action: z.literal("unpin") }),
    z.object({
      action: z.literal("reply"),
      reply: z
        .string({ error: "请填写回复内容" })
        .transform(cleanText)
        .pipe(z.string().max(REPLY_MAX, { error: `回复最多 ${REPLY_MAX} 个字` })),
    }),
  ],
  { error: "未知的操作" },
);
export type ModerationInput = z.infer<typeof moderationSchema>;

/** Parses with a schema; the first problem becomes a CommentError naming the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join(".") || undefined;
  // Every schema above carries a Chinese message; zod's own (English) text is never shown.
  const chinese = /[\u4e00-\u9fff]/.test(issue.message);
  const message = chinese ? issue.message : field ? `字段 ${field} 的内容无效` : "请求内容格式不对";
  throw new CommentError("invalid-input", message, field);
}
