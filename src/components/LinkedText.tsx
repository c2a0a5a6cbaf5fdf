import { splitLinkedText, telHref, type CitationHref } from "@/content";

/**
 * Plain text with each hotline number as a tap-to-call link and, when `citationHref` is given, each law
 * citation as a link to the quoted article (FAQ answers, sources, tool results).
 */
export function LinkedText({ text, citationHref }: { text: string; citationHref?: CitationHref }) {
  return (
    <>
      {splitLinkedText(text, citationHref).map((part, index) =>
        "text" in part ? (
          part.text
        ) : "hotline" in part ? (
          <a key={index} href={telHref(part.hotline)} className="text-brand-700 underline">
            {part.hotline}
          </a>
        ) : (
          <a key={index} href={part.href} className="law-cite">
            {part.citation}
          </a>
        ),
      )}
    </>
  );
}
