import type { CitationHref, Source } from "@/content";
import { LinkedText } from "./LinkedText";

/** Each statute source links its articles to their entries on the law page (`citationHref`). */
export function SourcesList({ sources, citationHref }: { sources: Source[]; citationHref?: CitationHref }) {
  return (
    <section aria-labelledby="sources" className="mt-10">
      <h2 id="sources" className="text-xl font-bold text-slate-900">
        资料来源
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="text-brand-700 underline">
                {source.title}
              </a>
            ) : (
              <LinkedText text={source.title} citationHref={citationHref} />
            )}
            {source.note && <span className="text-slate-600">：{source.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
