import type { RelatedToolLink } from "@/tools";

/** The tools as cards: the /tools index and the home page section. */
export function ToolCards({ tools }: { tools: RelatedToolLink[] }) {
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-3">
      {tools.map((tool) => (
        <li key={tool.href}>
          <a href={tool.href} className="block h-full rounded-lg border border-slate-200 p-4 hover:border-brand-700 hover:bg-brand-50">
            <span className="text-lg font-semibold text-brand-800">{tool.name}</span>
            <span className="mt-1 block text-slate-700">{tool.summary}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
