import type { Heading } from "@/content";

export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="no-print rounded-md border border-slate-200 bg-slate-50 p-4">
      <h2 id="toc-title" className="text-base font-semibold text-slate-900">
        本文目录
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-4" : undefined}>
            <a href={`#${heading.id}`} className="text-brand-700 hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
