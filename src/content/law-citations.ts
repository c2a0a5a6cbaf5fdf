import { articleLabel, citedKeys, findCitations } from "../law";
import { textBlocks } from "./lint/text-blocks";
import { findLawInstrument } from "./law-texts";
import type { Article, LawLibrary } from "./types";

const where = (field: string, line?: number) => (line ? `${field}（第 ${line} 行）` : field);

/**
 * The law articles an article cites (body, FAQ and sources, in order of first mention), and a problem for
 * every numbered citation whose text is not in content/law/: the build fails on those, naming file and line.
 * Citations of instruments not in content/laws.json are the content lint's business.
 */
export function lawCitationsOf(article: Article, library: LawLibrary) {
  const refs: { slug: string; key: string }[] = [];
  const problems: { field: string; message: string }[] = [];
  for (const block of textBlocks(article, article.bodyLineOffset)) {
    if (block.field.startsWith("tags")) continue;
    for (const citation of findCitations(block.text)) {
      const keys = citedKeys(citation);
      if (keys.length === 0) continue;
      const law = findLawInstrument(library, citation.instrument);
      if (!law) {
        const named = library.namedOnly.find((entry) => entry.name === citation.instrument || entry.aliases.includes(citation.instrument));
        if (named) {
          problems.push({
            field: where(block.field, block.line),
            message: `《${citation.instrument}》${keys.map(articleLabel).join("、")}：content/law/ 里没有这部文件的条文，引用不能链接到原文（按名称引用，或在 content/law/ 加上条文）`,
          });
        }
        continue;
      }
      for (const key of keys) {
        if (!law.articles.some((entry) => entry.key === key)) {
          problems.push({
            field: where(block.field, block.line),
            message: `《${citation.instrument}》${articleLabel(key)} 没有收录在 ${law.file}：运行 npm run -s law:texts 从官方文本补上`,
          });
        } else if (!refs.some((ref) => ref.slug === law.slug && ref.key === key)) {
          refs.push({ slug: law.slug, key });
        }
      }
    }
  }
  return { refs, problems };
}

/** The quoted law articles cited in some plain texts (a letter template, tool texts), in order of first mention. */
export function lawRefsInTexts(texts: string[], library: LawLibrary): { slug: string; key: string }[] {
  const refs: { slug: string; key: string }[] = [];
  for (const text of texts) {
    for (const citation of findCitations(text)) {
      const law = findLawInstrument(library, citation.instrument);
      if (!law) continue;
      for (const key of citedKeys(citation)) {
        if (law.articles.some((entry) => entry.key === key) && !refs.some((ref) => ref.slug === law.slug && ref.key === key)) refs.push({ slug: law.slug, key });
      }
    }
  }
  return refs;
}
