import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Nodes, Root } from "mdast";
import { MYTH_MARKER } from "../render";
import type { Article } from "../types";

/** One run of reader-visible text, with where it came from. */
export interface TextBlock {
  /** "title", "summary", "faq[0].a", "正文" … */
  field: string;
  text: string;
  /** Line in the Markdown body (1-based), for body blocks. */
  line?: number;
  /** Inside a `> **误区**` blockquote, where a myth may be named to correct it. */
  inCorrection: boolean;
  /** A plain paragraph (not a list item, table cell or heading), for the length rule. */
  isParagraph: boolean;
}

const LEAF_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

function collect(node: Nodes, inCorrection: boolean, inList: boolean, out: TextBlock[], lineOffset: number) {
  if (node.type === "code" || node.type === "html") return;
  if (LEAF_BLOCKS.has(node.type)) {
    const text = toString(node, { includeHtml: false });
    if (text.trim()) {
      out.push({
        field: "正文",
        text,
        line: node.position ? node.position.start.line + lineOffset : undefined,
        inCorrection,
        isParagraph: node.type === "paragraph" && !inList,
      });
    }
    return;
  }
  const correction = inCorrection || (node.type === "blockquote" && toString(node).trim().startsWith(MYTH_MARKER));
  if ("children" in node) {
    for (const child of node.children) collect(child as Nodes, correction, inList || node.type === "listItem", out, lineOffset);
  }
}

/** Every piece of text a reader sees for an article: frontmatter fields and body blocks. */
export function textBlocks(article: Article, bodyLineOffset = 0): TextBlock[] {
  const plain = (field: string, text: string): TextBlock => ({ field, text, inCorrection: false, isParagraph: false });
  const blocks: TextBlock[] = [plain("title", article.title), plain("summary", article.summary)];
  article.tags.forEach((tag, i) => blocks.push(plain(`tags[${i}]`, tag)));
  article.faq.forEach((entry, i) => blocks.push(plain(`faq[${i}].q`, entry.q), plain(`faq[${i}].a`, entry.a)));
  article.sources.forEach((source, i) => {
    blocks.push(plain(`sources[${i}].title`, source.title));
    if (source.note) blocks.push(plain(`sources[${i}].note`, source.note));
  });
  const tree = remark().use(remarkGfm).parse(article.markdown) as Root;
  collect(tree, false, false, blocks, bodyLineOffset);
  return blocks;
}
