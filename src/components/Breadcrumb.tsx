
export interface Crumb {
  name: string;
  href?: string;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="面包屑导航" className="no-print text-sm text-slate-700">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => (
          <li key={item.name} className="flex gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="text-brand-700 underline-offset-2 hover:underline">
                {item.name}
              </a>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
