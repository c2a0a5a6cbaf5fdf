import { articleKey, findCitations } from "../../law";
import type { TextBlock } from "./text-blocks";
import type { Article } from "../types";

export interface LintFinding {
  file: string;
  field: string;
  rule: string;
  message: string;
}

export interface KnownInstrument {
  name: string;
  aliases: string[];
  /** Number of articles, or null for instruments cited by name only. */
  articles: number | null;
  checkedArticles?: number[];
  /** In-force date of a renumbering revision: older article numbers no longer point at the same rule. */
  renumbered?: string;
  /** Articles present in the official text, when ../shared/law is available. */
  textArticles?: Set<string>;
}

export interface LintContext {
  instruments: KnownInstrument[];
  /** Phrases from myths.json, already folded to 简体; empty when the file is absent. */
  mythPhrases: string[];
  /** Folds 繁体 to 简体 before myth matching. */
  fold: (text: string) => string;
}

export type Rule = (article: Article, blocks: TextBlock[], context: LintContext) => Omit<LintFinding, "file" | "rule">[];

const HAN = "\\p{Script=Han}";
const where = (block: TextBlock) => (block.line ? `${block.field}（第 ${block.line} 行）` : block.field);

export const LIMITS = {
  summaryChars: 80,
  minSources: 2,
  minFaq: 3,
  related: [2, 4] as const,
  bodyHan: [600, 2000] as const,
  paragraphChars: 150,
};

export const rules: Record<string, Rule> = {
  "sources-min": (article) =>
    article.sources.length < LIMITS.minSources
      ? [{ field: "sources", message: `至少需要 ${LIMITS.minSources} 个来源，现在只有 ${article.sources.length} 个` }]
      : [],

  "summary-length": (article) => {
    const length = [...article.summary].length;
    return length > LIMITS.summaryChars ? [{ field: "summary", message: `摘要 ${length} 字，超过 ${LIMITS.summaryChars} 字` }] : [];
  },

  "faq-min": (article) =>
    article.faq.length < LIMITS.minFaq ? [{ field: "faq", message: `至少需要 ${LIMITS.minFaq} 个常见问题，现在 ${article.faq.length} 个` }] : [],

  "related-count": (article) => {
    const [min, max] = LIMITS.related;
    const count = article.related.length;
    return count < min || count > max ? [{ field: "related", message: `相关文章应为 ${min}–${max} 篇，现在 ${count} 篇` }] : [];
  },

  "body-length": (article, blocks) => {
    const han = blocks
      .filter((block) => block.field === "正文")
      .reduce((sum, block) => sum + (block.text.match(new RegExp(HAN, "gu"))?.length ?? 0), 0);
    const [min, max] = LIMITS.bodyHan;
    return han < min || han > max ? [{ field: "正文", message: `正文约 ${han} 个汉字，应在 ${min}–${max} 之间` }] : [];
  },

  "paragraph-length": (_article, blocks) =>
    blocks
      .filter((block) => block.isParagraph && [...block.text].length > LIMITS.paragraphChars)
      .map((block) => ({ field: where(block), message: `段落 ${[...block.text].length} 字，超过 ${LIMITS.paragraphChars} 字，请拆分` })),

  "halfwidth-punctuation": (_article, blocks) =>
    blocks.flatMap((block) => {
      const match = block.text.match(new RegExp(`${HAN}[,.;:?!]${HAN}`, "u"));
      return match ? [{ field: where(block), message: `汉字之间用了半角标点：“${match[0]}”，请改用全角（，。；：？！）` }] : [];
    }),

  "space-between-han": (_article, blocks) =>
    blocks.flatMap((block) => {
      const match = block.text.match(new RegExp(`${HAN}[ \\t\\u3000]+${HAN}`, "u"));
      return match ? [{ field: where(block), message: `汉字之间有多余的空格：“${match[0]}”` }] : [];
    }),

  // Site convention (style guide: "be consistent"): no space between Chinese and digits or Latin letters.
  "latin-spacing": (_article, blocks) =>
    blocks.flatMap((block) => {
      const match = block.text.match(new RegExp(`${HAN} [0-9A-Za-z]|[0-9A-Za-z%] ${HAN}`, "u"));
      return match ? [{ field: where(block), message: `本站汉字与数字、字母之间不加空格：“${match[0]}”` }] : [];
    }),

  "polite-you": (_article, blocks) =>
    blocks.flatMap((block) =>
      block.text.includes("您") ? [{ field: where(block), message: "全站统一用“你”，不用“您”" }] : [],
    ),

  "myth-phrases": (_article, blocks, context) =>
    blocks.flatMap((block) => {
      if (block.inCorrection) return [];
      const folded = context.fold(block.text);
      return context.mythPhrases
        .filter((phrase) => folded.includes(phrase))
        .map((phrase) => ({
          field: where(block),
          message: `误区说法“${phrase}”只能出现在以 **误区** 开头的引用块里（用来纠正它）`,
        }));
    }),

  "known-instruments": (_article, blocks, context) =>
    blocks.flatMap((block) =>
      findCitations(block.text).flatMap((citation) => {
        const instrument = context.instruments.find(
          (known) => known.name === citation.instrument || known.aliases.includes(citation.instrument),
        );
        if (!instrument) {
          return [{ field: where(block), message: `《${citation.instrument}》不在已知法规清单（content/laws.json）里` }];
        }
        return citation.articles.flatMap((ref) => {
          const cited = `《${citation.instrument}》${ref.label}`;
          if (!Number.isFinite(ref.number) || !Number.isFinite(ref.suffix)) {
            return [{ field: where(block), message: `${cited}：条号无法识别` }];
          }
          if (instrument.articles === null) {
            if (instrument.checkedArticles?.includes(ref.number) && !ref.suffix) return [];
            return [
              {
                field: where(block),
                message: instrument.renumbered
                  ? `${cited}：这部法律自 ${instrument.renumbered} 起施行修订后的文本，条文已重新编号；旧条号不再对应同一规定。请按名称引用，或核对新文本后把新条号加入 checkedArticles`
                  : `${cited}：这部文件只能按名称引用，不写条号（除非核对后加入 checkedArticles）`,
              },
            ];
          }
          if (ref.number < 1 || ref.number > instrument.articles) {
            return [{ field: where(block), message: `${cited}：这部法规只有 ${instrument.articles} 条` }];
          }
          if (instrument.textArticles && !instrument.textArticles.has(articleKey(ref))) {
            return [{ field: where(block), message: `${cited}：在 ../shared/law 的条文原文中找不到这一条` }];
          }
          return [];
        });
      }),
    ),
};
