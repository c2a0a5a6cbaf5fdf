import type { LawArticle, LawInstrument } from "@/content";

/** The article's own words as a quotation; for a law whose text the site does not hold, a marked summary. */
export function LawArticleText({ law, article }: { law: LawInstrument; article: LawArticle }) {
  if (law.textFrom === "none") {
    return (
      <div className="text-slate-800">
        <p className="text-sm font-semibold text-slate-600">本条大意（未转录原文）</p>
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} className="mt-1">
            {paragraph.replace(/^未转录原文。本条大意：/, "")}
          </p>
        ))}
      </div>
    );
  }
  return (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-900">
      {article.paragraphs.map((paragraph, index) => (
        <p key={index} className={index > 0 ? "mt-2" : undefined}>
          {paragraph}
        </p>
      ))}
    </blockquote>
  );
}
