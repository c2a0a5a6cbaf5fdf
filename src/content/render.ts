import GithubSlugger from "github-slugger";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Root, Heading as MdHeading, Link, Blockquote, Text, PhrasingContent, Table } from "mdast";
import { splitHotlines, telHref } from "./hotlines";
import { citationSpans, type CitationHref } from "./linked-text";
import type { Heading } from "./types";

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Every href in the body, so the loader can check internal links. */
  links: string[];
  sections: { headingId: string | null; heading: string | null; text: string }[];
}

/** A blockquote whose text starts with 误区 corrects a myth; the content lint exempts it. */
export const MYTH_MARKER = "误区";

/**
 * remark-html sanitizes with hast-util-sanitize. We keep its defaults (no
 * script, no on* handlers, no javascript: URLs) and allow only what our own
 * plugins add: plain heading ids (no "user-content-" prefix, so a link to
 * #中文标题 keeps working), the anchor class and label, and rel on links.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  // tel: for the hotline links below; every other protocol rule stays the default.
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), "tel"] },
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === "className")),
      ["className", "heading-anchor", "data-footnote-backref", "law-cite"],
      "rel",
    ],
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ["className", "myth-correction"]],
    h2: [...(defaultSchema.attributes?.h2 ?? []), "id"],
    h3: [...(defaultSchema.attributes?.h3 ?? []), "id"],
  },
};

export function headingSlug(slugger: GithubSlugger, text: string): string {
  return slugger.slug(text.trim()) || "section";
}

/** h2/h3 get a stable id from their text and a visible "#" link to themselves. */
function headingAnchors(collected: Heading[]) {
  return () => (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, "heading", (node: MdHeading) => {
      if (node.depth !== 2 && node.depth !== 3) return;
      const text = toString(node).trim();
      const id = headingSlug(slugger, text);
      collected.push({ depth: node.depth, id, text });
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      const anchor: Link = {
        type: "link",
        url: `#${id}`,
        children: [{ type: "text", value: "#" }],
        // href set here too, so the fragment stays readable (#中文) instead of percent-encoded.
        data: { hProperties: { href: `#${id}`, className: ["heading-anchor"], ariaLabel: `本节链接：${text}` } },
      };
      node.children.push(anchor);
    });
  };
}

/** External links never get access to window.opener or a Referer. */
function safeExternalLinks(collected: string[]) {
  return () => (tree: Root) => {
    visit(tree, "link", (node: Link) => {
      if (node.url.startsWith("#") && node.data?.hProperties?.className) return; // our own heading anchors
      collected.push(node.url);
      if (/^https?:\/\//i.test(node.url)) {
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), rel: ["noopener", "noreferrer"] } };
      }
    });
  };
}

/** Hotline numbers in running text become tel: links; not inside headings (their anchor is a link) or links. */
function hotlineLinks() {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === "link" || parent.type === "heading") return;
      const parts = splitHotlines(node.value);
      if (parts.length === 1 && "text" in parts[0]) return;
      const replacement: PhrasingContent[] = parts.map((part) =>
        "text" in part
          ? { type: "text", value: part.text }
          : { type: "link", url: telHref(part.hotline), children: [{ type: "text", value: part.hotline }] },
      );
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

/** Each citation 《…》第N条 becomes a link to the quoted article; citations of laws without a text stay plain. */
function lawCitationLinks(citationHref: CitationHref) {
  return () => (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === "link" || parent.type === "heading") return;
      const spans = citationSpans(node.value, citationHref);
      if (spans.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const span of spans) {
        if (span.start > last) replacement.push({ type: "text", value: node.value.slice(last, span.start) });
        replacement.push({
          type: "link",
          url: span.href,
          children: [{ type: "text", value: node.value.slice(span.start, span.end) }],
          data: { hProperties: { className: ["law-cite"] } },
        });
        last = span.end;
      }
      if (last < node.value.length) replacement.push({ type: "text", value: node.value.slice(last) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

function markMythCorrections() {
  return (tree: Root) => {
    visit(tree, "blockquote", (node: Blockquote) => {
      if (toString(node).trim().startsWith(MYTH_MARKER)) {
        node.data = { ...node.data, hProperties: { className: ["myth-correction"] } };
      }
    });
  };
}

/**
 * Separates a table's cells in the plain text (U+FF5C, full-width vertical line): a row reads "逾期 1–30 天｜提醒｜…",
 * not cells run together, and search snippets can show the matching row (see src/search/engine.ts).
 */
export const TABLE_CELL_SEPARATOR = "｜";

/** One line per row, header row first, cells joined by TABLE_CELL_SEPARATOR. */
function tableText(table: Table): string {
  return table.children
    .map((row) => row.children.map((cell) => toString(cell).replace(/\s+/g, " ").replaceAll(TABLE_CELL_SEPARATOR, "|").trim()).join(TABLE_CELL_SEPARATOR))
    .join("\n");
}

/** Plain text per section (before the first heading = intro), for search and snippets. Tables: see tableText. */
function splitSections(tree: Root, headings: Heading[]): RenderedMarkdown["sections"] {
  const sections: RenderedMarkdown["sections"] = [{ headingId: null, heading: null, text: "" }];
  const byId = new Map(headings.map((heading) => [heading.id, heading]));
  for (const node of tree.children) {
    const id = node.type === "heading" ? node.data?.hProperties?.id : undefined;
    const heading = typeof id === "string" ? byId.get(id) : undefined;
    if (heading) {
      sections.push({ headingId: heading.id, heading: heading.text, text: "" });
      continue;
    }
    const current = sections[sections.length - 1];
    const text = node.type === "table" ? tableText(node) : toString(node as Text).trim();
    if (text) current.text = current.text ? `${current.text}\n${text}` : text;
  }
  return sections.filter((section) => section.heading !== null || section.text !== "");
}

export interface RenderOptions {
  /** Link target for a cited law article (instrument as written in 《》, article key), or none to leave it plain. */
  citationHref?: CitationHref;
}

export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const headings: Heading[] = [];
  const links: string[] = [];
  const processor = remark()
    .use(remarkGfm)
    .use(markMythCorrections)
    .use(headingAnchors(headings))
    .use(safeExternalLinks(links))
    .use(lawCitationLinks(options.citationHref ?? (() => undefined)))
    .use(hotlineLinks)
    .use(remarkHtml, { sanitize: sanitizeSchema });
  const tree = processor.parse(markdown);
  const transformed = (await processor.run(tree)) as Root;
  const html = String(processor.stringify(transformed));
  // Sections are read from the transformed tree: heading text there includes our "#" anchor, so use the collected text.
  return { html, headings, links, sections: splitSections(transformed, headings) };
}
