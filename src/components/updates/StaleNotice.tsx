import { REVIEW_MAX_AGE_MONTHS } from "@/content";

/**
 * Shown when an article's last review is older than the review interval: calm, dated, and pointing at
 * what the reader can check, rather than a warning that frightens.
 */
export function StaleNotice({ reviewed }: { reviewed: string }) {
  return (
    <aside role="note" className="rounded-md border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800">
      <p>
        本文最后审核于 <time dateTime={reviewed}>{reviewed}</time>，已超过 {REVIEW_MAX_AGE_MONTHS}{" "}
        个月。有关规定和平台做法可能已经变化：请对照文末的资料来源和
        <a href="/updates" className="text-brand-700 underline">
          政策与内容更新
        </a>
        ，重要决定前向出借机构或有关部门核实。
      </p>
    </aside>
  );
}
