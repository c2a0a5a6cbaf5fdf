import type { CitationHref, FaqEntry } from "@/content";
import { LinkedText } from "./LinkedText";

export function FaqBlock({ faq, citationHref }: { faq: FaqEntry[]; citationHref?: CitationHref }) {
  if (faq.length === 0) return null;
  return (
    <section aria-labelledby="faq" className="mt-10">
      <h2 id="faq" className="text-xl font-bold text-slate-900">
        常见问题
      </h2>
      <dl className="mt-4 space-y-4">
        {faq.map((entry) => (
          <div key={entry.id} id={entry.id} className="rounded-md border border-slate-200 p-4 target:bg-yellow-50">
            <dt className="font-semibold text-slate-900">{entry.q}</dt>
            <dd className="mt-1 text-slate-800">
              <LinkedText text={entry.a} citationHref={citationHref} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
