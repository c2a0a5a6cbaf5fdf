import type { Update } from "@/content";
import { updatePath } from "@/sharing";

/** 本文更新记录: the /updates entries that name this article, newest first. Nothing when there are none. */
export function ArticleUpdates({ updates }: { updates: Update[] }) {
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby="article-updates" className="mt-10">
      <h2 id="article-updates" className="text-xl font-bold text-slate-900">
        本文更新记录
      </h2>
      <ul className="mt-3 space-y-2 text-slate-800">
        {updates.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.date} className="text-slate-600">
              {entry.date}
            </time>{" "}
            <a href={updatePath(entry.id)} className="text-brand-700 underline">
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">
        全站的修改都记在<a href="/updates" className="text-brand-700 underline">政策与内容更新</a>。
      </p>
    </section>
  );
}
