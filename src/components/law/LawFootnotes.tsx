import { lawArticleHref, lawFootnoteId, type LawLibrary } from "@/content";
import { LawArticleText } from "./LawArticleText";
import { lawVersionLine } from "./lawDates";

/**
 * 本文引用的法条: each article the page cites, with its words, version and a link to the law page. Citations in
 * the text link here (#law-<slug>-<key>), so a tap shows the article's words without JavaScript; :target marks it.
 */
export function LawFootnotes({
  refs,
  laws,
  intro = "点正文里的法条名称会跳到这里。原文以国家发布的文本为准。",
}: {
  refs: { slug: string; key: string }[];
  laws: LawLibrary;
  intro?: string;
}) {
  const entries = refs.flatMap((ref) => {
    const law = laws.instruments.find((instrument) => instrument.slug === ref.slug);
    const article = law?.articles.find((entry) => entry.key === ref.key);
    return law && article ? [{ law, article }] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="cited-laws" className="mt-10">
      <h2 id="cited-laws" className="text-xl font-bold text-slate-900">
        本文引用的法条
      </h2>
      <p className="mt-1 text-sm text-slate-600">{intro}</p>
      <ol className="mt-4 space-y-4">
        {entries.map(({ law, article }) => (
          <li key={`${law.slug}-${article.key}`} id={lawFootnoteId(law.slug, article.key)} className="law-footnote scroll-mt-4 rounded-md border border-slate-200 p-4">
            <h3 className="font-semibold text-slate-900">
              《{law.shortName}》{article.label}
            </h3>
            <div className="mt-2">
              <LawArticleText law={law} article={article} />
            </div>
            <p className="mt-2 text-sm text-slate-600">
              {lawVersionLine(law)} ·{" "}
              <a href={lawArticleHref(law.slug, article.key)} className="text-brand-700 underline">
                在法条页查看
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
