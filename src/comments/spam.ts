import { normalizeForFilters } from "./filter-text";
import type { MaskKind } from "./mask";

/**
 * Signals that hold a comment for moderation instead of publishing it. On this subject the
 * harm is scam ads (代理协商, 停息挂账 offers), contact handles that lead readers into private
 * chats, links, and floods. A signal never rejects: a person reviews every held comment.
 *
 * Readers use the advertisers' vocabulary too ("催收说可以停息挂账，是真的吗？", "催收私信我"),
 * so a service word alone never holds a comment. What marks an advert is the offer around it:
 * someone presenting themselves as the provider, a success or fee promise, a call to contact
 * the writer, a contact handle, or a string of service words with no question in it.
 */
export type HoldReason = "scam-offer" | "contact-handle" | "link" | "repeated-text";

export const HOLD_REASON_LABELS: Record<HoldReason, string> = {
  "scam-offer": "疑似代理协商、停息挂账等广告",
  "contact-handle": "包含联系方式",
  link: "包含链接",
  "repeated-text": "重复内容",
};

/** The writer presents themselves (or a team) as the one who does the negotiating. */
const PROVIDER =
  /我们(?:团队|公司|工作室|机构|这边|专业)|我们(?:可以|能)帮|本(?:团队|公司|工作室|机构)|(?:专业|资深)(?:团队|代理|协商|处理|律师团队|法务团队)|协商团队|代理协商(?:团队|服务|机构)|(?:帮|替|为)(?:你|您|大家|各位|兄弟们?|朋友们?)(?:协商|处理|办理|申请|停息|解决|上岸|修复|洗白|减免)/g;
/** Success and fee promises. */
const PROMISE =
  /包(?:成功|通过|下款|办理|过)|(?:百分百|100\s*%)\s*(?:成功|通过|下款|解决|上岸|停催)|成功率(?:高|极高|\d)|不成功不收费|(?:先|前期)(?:不收费|零费用|免费)|先(?:办理?|协商|处理|上岸)后(?:付|收)|收费(?:低|合理|透明)|费用(?:低|少)|(?:当天|当日|秒)(?:下款|办结|停催|见效)/g;
/**
 * A provider or promise the reader is quoting in the same clause ("对方说包成功，可信吗？",
 * "有个自称专业团队的人") is the reader's story, not the reader's own offer.
 */
const REPORTED = /说|称|宣传|告诉我|跟我讲|有个|有一个|一个|找了|遇到|碰到|这种|那种|所谓|什么|是不是|是否/;
const CLAUSE_END = /[\n，。！？!?,.;；:：]/g;
/** A clause that ends as a question ("成功率高吗？") asks about the claim rather than making it. */
const ASKED = /^[^\n，。！？!?,.;；:：]*(?:吗|呢|么|[？?])/;
/**
 * "Contact me" addressed to the reader: an imperative at the start of a clause, after an
 * audience phrase ("有需要的私聊我", "想上岸的兄弟加我详聊") or right after a service ("停息挂账找我"),
 * and followed by the end of the clause or more of the pitch. "催收私信我说要起诉", "一直联系我，"
 * and "要联系我家人" are a reader's story, not a call to action.
 */
const CALL_TO_CONTACT = new RegExp(
  "(?:^|[\\s，。！？!?,.;；:：~～、]|(?<![说会要让叫再没不])(?:可以|请)|直接|欢迎|随时|速|挂账|协商|上岸|停催|分期|的(?:朋友|兄弟|姐妹|人|老铁|宝子)?们?)" +
    "(?:私聊|私信|私我|联系|加|找|咨询|滴滴|戳|扣|call)我" +
    "(?=$|[\\s，。！？!?,.;；:：~～、]|详聊|详谈|咨询|办理|了解|处理|协商|解决|免费|获取|领取|上岸|吧|哦|啊|呀|[VvWwQq微扣电])",
  "imu",
);
/** The services advertised on this subject; readers ask about each of them. */
const SERVICE_TERMS = [
  /代理?协商/,
  /停息挂账/,
  /停催/,
  /反催收/,
  /债务(?:优化|重组|规划|处理)/,
  /个性化分期/,
  /(?:逾期)?上岸/,
  /征信(?:修复|洗白|处理)|(?:修复|洗白)征信/,
  /减免(?:罚息|利息|本金)/,
  /延期还款/,
];
/** A reader's question or report, which a bare list of services ("代理协商，停息挂账，上岸") is not. */
const QUESTION = /[？?]|吗|呢|怎么|怎样|如何|是不是|是否|能不能|可不可以|会不会|有没有|咋|靠谱|骗|真的|假的|说/;
const STUFFED_SERVICES = 3;

/** Handles spelled to dodge filters, or a chat app followed by an id. Plain "QQ" or "微信" in a story is not one. */
const CONTACT_CUE = /[加+]\s*[Vv微]|[Vv][Xx]|[Vv]信|薇信|威信|扣扣|(?<![A-Za-z])[Vv]\s*[:：]\s*[A-Za-z0-9_-]{5,}|(?:电报|[Tt]elegram|\b[Tt][Gg])\s*[:：]?\s*@?[A-Za-z0-9_]{4,}/;
const URL_TAIL = "[A-Za-z0-9\\-._~:/?#@!$&'()*+;=%]*";
const LINK = new RegExp(
  `(?:https?://|www\\.)${URL_TAIL}|(?<![A-Za-z0-9.@-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|top|xyz|vip|cc|me|io|info|shop|site|club|link|ink|tk)(?![a-z])${URL_TAIL}`,
  "gi",
);
/** Government sites (e.g. a complaint filed at nfra.gov.cn) are what the articles send readers to. */
const OFFICIAL_HOST = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*gov\.cn(?:[/:?#]|$)/i;
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

/** A match of `pattern` that is not quoted from someone else within its clause. */
function hasOwnClaim(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const clauseStart = Math.max(-1, ...[...before.matchAll(CLAUSE_END)].map((end) => end.index)) + 1;
    const after = text.slice(match.index + match[0].length);
    if (!REPORTED.test(before.slice(clauseStart)) && !ASKED.test(after)) return true;
  }
  return false;
}

function isOffer(text: string): boolean {
  if (hasOwnClaim(text, PROVIDER) || hasOwnClaim(text, PROMISE) || CALL_TO_CONTACT.test(text)) return true;
  const services = SERVICE_TERMS.filter((term) => term.test(text)).length;
  return services >= STUFFED_SERVICES && !QUESTION.test(text);
}

function hasUnofficialLink(text: string): boolean {
  return [...text.matchAll(LINK)].some(([link]) => !OFFICIAL_HOST.test(link));
}

export function holdReasons({ text: written, masked, recentDuplicates }: SpamInput): HoldReason[] {
  const text = normalizeForFilters(written);
  const reasons: HoldReason[] = [];
  if (isOffer(text)) reasons.push("scam-offer");
  if (masked.some((kind) => CONTACT_KINDS.includes(kind)) || CONTACT_CUE.test(text)) reasons.push("contact-handle");
  if (hasUnofficialLink(text)) reasons.push("link");
  if (recentDuplicates > 0 || INTERNAL_REPETITION.test(text)) reasons.push("repeated-text");
  return reasons;
}

/**
 * Text reduced to what matters for "same comment again": normalised like the checks above, without
 * spaces, punctuation, symbols or case, and without a number at either end, so an advert posted
 * again with a counter ("…私信我 17", "#18 …") is the same text.
 */
export function fingerprintText(text: string): string {
  const bare = normalizeForFilters(text).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
  const withoutCounter = bare.replace(/^\d+|\d+$/g, "");
  // A comment that is mostly a number keeps it: two different numbers are two different comments.
  return withoutCounter.length >= 4 ? withoutCounter : bare;
}
