import { z } from "zod";

/**
 * Editor-kept word lists in content/search/. Validated once when the index is
 * built; errors name the file and the entry.
 */
const word = z.string().trim().min(1, "词不能为空").max(40, "词太长（最多 40 个字）");

export const synonymsFileSchema = z.strictObject({
  about: z.string().optional(),
  groups: z.array(z.array(word).min(2, "每组至少两个词"), { error: "groups 必须是列表" }),
});

export const termsFileSchema = z.strictObject({
  about: z.string().optional(),
  terms: z.array(
    z.strictObject({
      zh: z.array(word).min(1, "zh 至少一个中文词"),
      en: z.array(word.regex(/^[A-Za-z][A-Za-z '-]*$/, "en 只能是英文字母、空格、连字符和撇号")).min(1, "en 至少一个英文词"),
    }),
    { error: "terms 必须是列表" },
  ),
});

export interface Lexicon {
  synonyms: string[][];
  terms: { en: string[]; zh: string[] }[];
}
