import type { Article, CitationHref } from "@/content";
import type { ComplaintAdvice } from "@/tools";
import { ArticleLinks } from "./ArticleLinks";
import { CopyButton } from "./CopyButton";
import { LinkedText } from "../LinkedText";
import { RESULT_ID } from "./result-anchor";

/** `citationHref` links each cited law article in the reasons to its quoted text on /law. */
export function ComplaintResult({ advice, articles, citationHref }: { advice: ComplaintAdvice; articles: Article[]; citationHref?: CitationHref }) {
  return (
    <section id={RESULT_ID} tabIndex={-1} aria-labelledby="complain-result" className="space-y-6">
      <h2 id="complain-result" className="text-xl font-bold">
        按这个顺序联系
      </h2>
      <ol className="space-y-3" data-testid="channels">
        {advice.channels.map((item, index) => (
          <li key={item.channel.id} className="rounded-md border border-slate-300 p-3" data-channel={item.channel.id}>
            <p className="text-lg font-semibold">
              {index + 1}. {item.channel.name}
            </p>
            <p className="text-sm text-slate-700">
              <LinkedText text={item.channel.contact} />
            </p>
            <p className="mt-1">
              <LinkedText text={item.channel.handles} />
            </p>
            <ul className="mt-1 list-disc pl-5">
              {item.reasons.map((reason) => (
                <li key={reason}>
                  <LinkedText text={reason} citationHref={citationHref} />
                </li>
              ))}
            </ul>
            <ArticleLinks slugs={item.articles} articles={articles} />
          </li>
        ))}
      </ol>

      <div className="space-y-2">
        <h2 className="text-xl font-bold">要留的证据</h2>
        <ul className="list-disc pl-5">
          {advice.evidence.map((item) => (
            <li key={item}>
              <LinkedText text={item} />
            </li>
          ))}
        </ul>
        <ArticleLinks slugs={["collect-evidence"]} articles={articles} />
      </div>

      <div className="space-y-2">
        <h2 className="text-xl font-bold">清单（可复制）</h2>
        <textarea
          readOnly
          aria-label="投诉清单"
          value={advice.checklist}
          rows={Math.min(18, advice.checklist.split("\n").length + 1)}
          className="block w-full rounded-md border border-slate-300 bg-slate-50 p-3 text-base"
        />
        <CopyButton text={advice.checklist} label="复制清单" />
      </div>
    </section>
  );
}
