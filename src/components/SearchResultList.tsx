import type { SearchResult } from "@/search";
import { Highlighted } from "./Highlighted";

/** Server-rendered results of /search: title and snippet with the matched words marked, link to the section. */
export function SearchResultList({ results }: { results: SearchResult[] }) {
  return (
    <ol className="divide-y divide-slate-200" data-testid="search-results">
      {results.map((result) => (
        <li key={result.slug} className="py-3">
          <a href={result.url} className="text-lg font-semibold text-brand-700 hover:underline">
            <Highlighted parts={result.titleParts} />
          </a>
          {result.place && <p className="text-sm text-slate-600">见：{result.place}</p>}
          <p className="mt-1 text-slate-700">
            <Highlighted parts={result.snippetParts} />
          </p>
        </li>
      ))}
    </ol>
  );
}
