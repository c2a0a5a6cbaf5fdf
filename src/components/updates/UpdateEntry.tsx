import { UPDATE_KINDS, type Article, type Update } from "@/content";
import { LinkedText } from "../LinkedText";

/** One dated change: what kind, what changed, and links to the articles it touched. */
export function UpdateEntry({ entry, titleOf }: { entry: Update; titleOf: Map<string, Article["title"]> }) {
  return (
    <li id={entry.id} className="scroll-mt-20 py-4">
      <p className="text-sm text-slate-600">
        <time dateTime={entry.date}>{entry.date}</time>
        <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-slate-800">{UPDATE_KINDS[entry.kind]}</span>
      </p>
      <h2 className="mt-1 text-lg font-semibold text-slate-900">{entry.title}</h2>
      <p className="mt-1 text-slate-800">
        <LinkedText text={entry.summary} />
      </p>
      <p className="mt-2 text-sm text-slate-700">
        涉及文章：
        {entry.articles.map((slug, index) => (
          <span key={slug}>
            {index > 0 && "；"}
            <a href={`/articles/${slug}`} className="text-brand-700 underline">
              {titleOf.get(slug) ?? slug}
            </a>
          </span>
        ))}
      </p>
    </li>
  );
}
