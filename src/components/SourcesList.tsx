import type { Source } from "@/content";

export function SourcesList({ sources }: { sources: Source[] }) {
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
              source.title
            )}
            {source.note && <span className="text-slate-600">：{source.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
