import type { RelatedToolLink } from "@/tools";

/** "相关工具" under an article: the tools and letter templates mapped to it in content/. */
export function RelatedTools({ tools }: { tools: RelatedToolLink[] }) {
  if (tools.length === 0) return null;
  return (
    <aside aria-labelledby="related-tools" className="no-print rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="related-tools" className="text-lg font-bold">
        相关工具
      </h2>
      <ul className="mt-2 space-y-2">
        {tools.map((tool) => (
          <li key={tool.href}>
            <a href={tool.href} className="font-semibold text-brand-700 underline">
              {tool.name}
            </a>
            <span className="block text-sm text-slate-700">{tool.summary}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
