import type { Article, Topic } from "@/content";
import type { SiteInfo } from "./site-info";

/** Open Graph's recommended size; WeChat and most apps crop other ratios. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The words on a share card. `bold` lines are drawn with the 700 weight font
 * files and `regular` ones with the 400 weight (see share-fonts.ts); the font
 * coverage test checks every character of both against those files.
 */
export interface ShareCardText {
  /** Small line above the title: the topic, or the site's tagline. */
  kicker: string;
  title: string;
  /** Under the title: the article summary (itself an answer) or topic description. */
  summary: string;
  /** Bottom line: the site name, then its host so the reader sees where the link goes. */
  siteName: string;
  host: string;
}

export const boldText = (card: ShareCardText) => [card.kicker, card.title, card.siteName].join("");
export const regularText = (card: ShareCardText) => [card.summary, card.host].join("");

const host = (site: SiteInfo) => new URL(site.url).host;

export function articleShareCard(site: SiteInfo, article: Article, topic: Topic): ShareCardText {
  return { kicker: topic.name, title: article.title, summary: article.summary, siteName: site.name, host: host(site) };
}

export function topicShareCard(site: SiteInfo, topic: Topic, articleCount: number): ShareCardText {
  return { kicker: `专题 · ${articleCount} 篇文章`, title: topic.name, summary: topic.description, siteName: site.name, host: host(site) };
}

export function homeShareCard(site: SiteInfo): ShareCardText {
  return { kicker: "网贷逾期，先别慌", title: site.name, summary: site.tagline, siteName: site.name, host: host(site) };
}

/** The text area of the card: its width minus the 72 px side padding (ShareCard). */
const CARD_TEXT_WIDTH = SHARE_IMAGE_SIZE.width - 2 * 72;
/** The summary sits 24 px further in, behind a 6 px rule. */
const SUMMARY_WIDTH = CARD_TEXT_WIDTH - 24 - 6;
export const SUMMARY_FONT_SIZE = 32;

/** Title size by length, so a long question still fits in three lines of the card. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 12) return 76;
  if (length <= 20) return 64;
  if (length <= 30) return 56;
  return 46;
}

/** May not start a line (closing punctuation), so it stays with the characters before it. */
const NO_LINE_START = /^[，。、；：？！）》」』”’…—·%,.;:?!)\]}]+$/;
/** May not end a line (opening punctuation), so it goes with the characters after it. */
const NO_LINE_END = /^[（《「『“‘(\[{]+$/;
/** A line may end after these: breaking there reads naturally (after 、 less so: it splits a list). */
const CLAUSE_END = /[，。；：？！]$/;
const LIST_COMMA_END = /、$/;
/** No line shorter than this, unless the whole text is (an orphan such as a lone "办？"). */
export const MIN_LAST_LINE = 3;

/**
 * Width in em of Noto Sans SC text: Han characters and full-width punctuation are 1 em; Latin
 * letters and digits are narrower (≤ 0.6 em). Rounded up, so a line never wraps again in satori.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += char === " " ? 0.3 : /[\x21-\x7e]/.test(char) ? 0.6 : 1;
  return width;
}

/**
 * Units that must stay together: Intl.Segmenter words (so 紧急联系人 is not split), closing
 * punctuation joined to the word before it and opening punctuation to the word after it.
 */
function unbreakableUnits(text: string): string[] {
  const words = [...new Intl.Segmenter("zh", { granularity: "word" }).segment(text)].map((part) => part.segment);
  const units: string[] = [];
  let pendingOpen = "";
  for (const word of words) {
    if (NO_LINE_START.test(word) && units.length > 0 && pendingOpen === "") units[units.length - 1] += word;
    else if (NO_LINE_END.test(word)) pendingOpen += word;
    else {
      units.push(pendingOpen + word);
      pendingOpen = "";
    }
  }
  if (pendingOpen) units.length > 0 ? (units[units.length - 1] += pendingOpen) : units.push(pendingOpen);
  return units;
}

/**
 * Breaks `text` into lines of at most `maxEm` em for the share card, as few lines as fit, with
 * the breaks balanced (no long line followed by a stub), never inside a word or before closing
 * punctuation, preferring clause ends, and no last line under MIN_LAST_LINE characters.
 * satori would otherwise fill each line greedily and leave e.g. "办？" alone on the last line.
 */
export function balanceLines(text: string, maxEm: number): string[] {
  const trimmed = text.trim();
  if (textWidthEm(trimmed) <= maxEm) return [trimmed];
  // A word wider than a line is split into characters (it wraps anyway).
  const units = unbreakableUnits(trimmed).flatMap((unit) => (textWidthEm(unit) > maxEm ? [...unit] : [unit]));
  const count = units.length;
  const lineOf = (from: number, to: number) => units.slice(from, to).join("");
  // Fewest lines a greedy fill needs; balancing never needs more.
  let lines = 1;
  for (let i = 0, width = 0; i < count; i++) {
    const w = textWidthEm(units[i]);
    if (width + w > maxEm && width > 0) {
      lines++;
      width = 0;
    }
    width += w;
  }
  // cost[j][i]: best cost of units[0..i) in j lines. Squared slack balances the lines; a clause
  // end earns a small bonus; a short last line costs more than any arrangement without one.
  const orphanPenalty = 1e6;
  const clauseBonus = (maxEm * 0.5) ** 2;
  const cost = Array.from({ length: lines + 1 }, () => new Array<number>(count + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(count + 1).fill(-1));
  cost[0][0] = 0;
  for (let j = 1; j <= lines; j++) {
    for (let i = 1; i <= count; i++) {
      for (let k = i - 1; k >= 0; k--) {
        const line = lineOf(k, i);
        const width = textWidthEm(line);
        if (width > maxEm) break;
        if (cost[j - 1][k] === Infinity) continue;
        const last = i === count;
        let lineCost = (maxEm - width) ** 2;
        if (!last && CLAUSE_END.test(line)) lineCost -= clauseBonus;
        else if (!last && LIST_COMMA_END.test(line)) lineCost -= clauseBonus / 4;
        if (last && [...line].length < MIN_LAST_LINE) lineCost += orphanPenalty;
        if (cost[j - 1][k] + lineCost < cost[j][i]) {
          cost[j][i] = cost[j - 1][k] + lineCost;
          from[j][i] = k;
        }
      }
    }
  }
  if (cost[lines][count] === Infinity) return [trimmed];
  const result: string[] = [];
  for (let j = lines, i = count; j > 0; i = from[j][i], j--) result.unshift(lineOf(from[j][i], i));
  return result;
}

/** The title's lines on the card, at its font size (a 3 % margin for rounding in the renderer). */
export const titleLines = (title: string) => balanceLines(title, (CARD_TEXT_WIDTH * 0.97) / titleFontSize(title));
export const summaryLines = (summary: string) => balanceLines(summary, (SUMMARY_WIDTH * 0.97) / SUMMARY_FONT_SIZE);
