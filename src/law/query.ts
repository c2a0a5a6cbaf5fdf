import { articleKey, parseArticleNumber } from "./citations";

/** What a query can point at: an instrument's names and the articles the site quotes. */
export interface LawQueryTarget {
  slug: string;
  /** Full name, short name and aliases (already folded to 简体, as queries are). */
  names: string[];
  keys: string[];
}

const NUM = "[零〇一二两三四五六七八九十百千]+|[0-9]+";
const AFTER_NAME = new RegExp(`^(?:的)?第?(${NUM})(?:条)?(?:之(${NUM}))?`);

/**
 * "民法典1033条", "个人信息保护法第十三条", "刑法293条之一" → the quoted article, when the site holds it. Spaces and
 * 《》 are ignored; the longest name found wins (民事诉讼法 inside 民诉法解释's full name does not).
 */
export function parseLawQuery(query: string, targets: LawQueryTarget[]): { slug: string; key: string } | undefined {
  const text = query.replace(/[\s《》〈〉<>“”"']/g, "");
  const candidates = targets
    .flatMap((target) => target.names.map((name) => ({ target, name, at: text.indexOf(name) })))
    .filter((candidate) => candidate.at >= 0)
    .sort((a, b) => b.name.length - a.name.length);
  for (const { target, name, at } of candidates) {
    const match = AFTER_NAME.exec(text.slice(at + name.length));
    if (!match) continue;
    const key = articleKey({ number: parseArticleNumber(match[1]), suffix: match[2] ? parseArticleNumber(match[2]) : 0 });
    if (target.keys.includes(key)) return { slug: target.slug, key };
  }
  return undefined;
}
