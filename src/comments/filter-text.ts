import { foldText } from "@/search";
import { traditionalToSimplifiedTable } from "@/search/node";

/**
 * Text as the scam, link and duplicate checks see it (never what is stored or shown). Advertisers
 * dodge word filters with invisible characters (soft hyphens, word joiners), 繁体 (專業停息掛賬),
 * spaced-out words, "点com" and "➕V"; each of those is undone here. 繁→简 and NFKC are the search
 * module's folding (`foldText`), the same one the index and the content lint use.
 */

/** Invisible format characters (U+00AD soft hyphen, U+2060 word joiner, U+200B…, bidi marks, tags), variation selectors, Hangul fillers. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;
/** Spaces between two Han characters ("停 息 挂 账"); Chinese needs none. */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
/** "点com", "。cn", " dot com", "(dot)", "[.]" before a Latin word: a dot in disguise. */
const SPELLED_DOT = /\s*(?:[点點。]|\(dot\)|\[dot\]|(?<![a-z])dot(?![a-z])|\[\.\]|\(\.\))\s*(?=[a-z])/g;
/** ➕ (heavy plus), ✚, ﹢ and "加号": a plus in disguise ("➕V", "➕微"). */
const SPELLED_PLUS = /[➕✚✙﹢]|加号/g;

let t2s: ReadonlyMap<string, string> | undefined;

export function normalizeForFilters(text: string): string {
  t2s ??= traditionalToSimplifiedTable();
  const folded = foldText(text.normalize("NFKC").replace(INVISIBLE, ""), t2s);
  return folded.replace(SPACE_BETWEEN_HAN, "").replace(SPELLED_DOT, ".").replace(SPELLED_PLUS, "+");
}

/** Nicknames that would pass a reader off as the site or its staff, after normalising (管 理 员, 網站管理員, ADMIN). */
const RESERVED_NICKNAME = /官方|管理员|站长|版主|客服|小编|本站|编辑部|逾期帮助中心|admin|moderator|webmaster|系统(?:消息|通知)?$/;

export function isReservedNickname(nickname: string): boolean {
  return RESERVED_NICKNAME.test(normalizeForFilters(nickname).replace(/[\s\p{P}\p{S}]+/gu, ""));
}
