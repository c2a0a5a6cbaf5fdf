/** Complaint and help lines, shown where a reader has nothing to search yet (same numbers as the footer). */
export const COMPLAINT_HOTLINES = [
  { number: "12378", label: "金融监管投诉" },
  { number: "12363", label: "人民银行（征信问题）" },
  { number: "12321", label: "骚扰电话、短信举报" },
  { number: "12368", label: "核实法院诉讼" },
  { number: "110", label: "受到威胁、紧急情况" },
] as const;

export interface PopularLink {
  title: string;
  href: string;
}

/** Most-read articles and the hotlines: what an empty search box offers. */
export function HotlineList() {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {COMPLAINT_HOTLINES.map((line) => (
        <li key={line.number}>
          <a href={`tel:${line.number}`} className="font-semibold text-brand-700">
            {line.number}
          </a>{" "}
          <span className="text-slate-700">{line.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function SearchEmptyState({ popular }: { popular: PopularLink[] }) {
  return (
    <div className="space-y-3 text-left">
      <div>
        <p className="text-sm font-semibold text-slate-700">大家最常看</p>
        <ul className="mt-1 space-y-1">
          {popular.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-brand-700 hover:underline">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="text-sm font-semibold text-slate-700">投诉和求助电话</p>
        <HotlineList />
      </div>
    </div>
  );
}
