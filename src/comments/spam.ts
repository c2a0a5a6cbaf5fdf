import type { MaskKind } from "./mask";

/**
 * Signals that hold a comment for moderation instead of publishing it. On this subject the
 * harm is scam ads (代理协商, 停息挂账 offers), contact handles that lead readers into private
 * chats, links, and floods. A signal never rejects: a person reviews every held comment.
 */
export type HoldReason = "scam-offer" | "contact-handle" | "link" | "repeated-text";

export const HOLD_REASON_LABELS: Record<HoldReason, string> = {
  "scam-offer": "疑似代理协商、停息挂账等广告",
  "contact-handle": "包含联系方式",
  link: "包含链接",
  "repeated-text": "重复内容",
};

const SCAM_OFFER =
  /代理?协商|协商团队|专业协商|帮你?协商|停息挂账|停催|债务(?:优化|重组|规划)|反催收|(?:修复|洗白|消除)征信|征信(?:修复|洗白)|包(?:成功|通过|下款)|百分百成功|100%成功|免费(?:咨询|协商)|私聊|私信我|加我|联系我|咨询我|找我(?:办|处理)/i;
const CONTACT_CUE = /加\s*[Vv微]|[Vv][Xx]|[Vv]信|薇信|威信|扣扣|[Qq]{2}|电报|[Tt]elegram/;
const LINK = /https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|net|org|top|xyz|vip|cc|me|io|info|shop|site|club|link|ink|tk)(?![a-z])/i;
// The same character eight times, or a short phrase five times in a row.
const INTERNAL_REPETITION = /(.)\1{7,}|(.{2,8})\2{4,}/su;

const CONTACT_KINDS: readonly MaskKind[] = ["phone", "wechat", "qq", "email"];

export type SpamInput = {
  /** Text after masking (nickname and body together). */
  text: string;
  /** What the masker hid: a phone or chat handle is itself a signal. */
  masked: readonly MaskKind[];
  /** How many comments with the same normalised text were posted recently (any reader). */
  recentDuplicates: number;
};

export function holdReasons({ text, masked, recentDuplicates }: SpamInput): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (SCAM_OFFER.test(text)) reasons.push("scam-offer");
  if (masked.some((kind) => CONTACT_KINDS.includes(kind)) || CONTACT_CUE.test(text)) reasons.push("contact-handle");
  if (LINK.test(text)) reasons.push("link");
  if (recentDuplicates > 0 || INTERNAL_REPETITION.test(text)) reasons.push("repeated-text");
  return reasons;
}

/** Text reduced to what matters for "same comment again": no spaces, punctuation or case. */
export function fingerprintText(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}
