import { articleKey, findCitations } from "../law";
import { splitHotlines } from "./hotlines";
import { findLawInstrument } from "./law-texts";
import { lawArticleHref, lawFootnoteId } from "./law-links";
import type { LawLibrary } from "./types";

/** Turns a cited instrument (as written between 《》) and an article key into a link target, or none. */
export type CitationHref = (instrument: string, key: string) => string | undefined;

/**
 * Where a citation's link goes: "footnote" = the quoted text further down the same page (article pages),
 * "page" = the article's entry on /law/<slug> (sources lists, tools, anywhere without footnotes).
 */
export function citationResolver(library: LawLibrary, target: "footnote" | "page"): CitationHref {
  return (instrument, key) => {
    const law = findLawInstrument(library, instrument);
    if (!law || !law.articles.some((article) => article.key === key)) return undefined;
    return target === "footnote" ? `#${lawFootnoteId(law.slug, key)}` : lawArticleHref(law.slug, key);
  };
}

export interface CitationSpan {
  start: number;
  end: number;
  href: string;
}

/**
 * The spans of a text that link to a cited article: the first article of a citation together with the
 * instrument's name (《民法典》第一千零三十三条), later ones of a list (、第六百八十五条) on their own. Citations of
 * laws the site holds no text for get no span.
 */
export function citationSpans(text: string, citationHref: CitationHref): CitationSpan[] {
  const spans: CitationSpan[] = [];
  for (const citation of findCitations(text)) {
    citation.articles.forEach((ref, position) => {
      const href = citationHref(citation.instrument, articleKey(ref));
      const start = position === 0 ? citation.index : ref.start;
      if (!href || spans.some((span) => span.end > start)) return; // a short range's second end shares the first's label
      spans.push({ start, end: ref.end, href });
    });
  }
  return spans;
}

export type LinkedPart = { text: string } | { hotline: string } | { citation: string; href: string };

/** Plain text split into runs, tap-to-call hotlines and citation links, in order; joined, they give the text back. */
export function splitLinkedText(text: string, citationHref?: CitationHref): LinkedPart[] {
  const parts: LinkedPart[] = [];
  let last = 0;
  const plain = (run: string) => parts.push(...splitHotlines(run));
  for (const span of citationHref ? citationSpans(text, citationHref) : []) {
    if (span.start > last) plain(text.slice(last, span.start));
    parts.push({ citation: text.slice(span.start, span.end), href: span.href });
    last = span.end;
  }
  if (last < text.length) plain(text.slice(last));
  return parts;
}
