import { LinkedText } from "./LinkedText";

/**
 * Crisis signposting where a reader may be at a low point (a calculated debt, threats): the debt is a
 * civil matter that can be worked through, and who to call. 12356 hours vary by locality, so no "24小时".
 */
export const SUPPORT_TEXT =
  "欠款是可以一步步处理的民事问题。心里撑不住时可以打12356（全国统一心理援助热线）；遇到人身危险打110或120。";

export function SupportNote() {
  return (
    <p role="note" className="rounded-md border border-sky-200 bg-sky-50 p-3 text-slate-800">
      <LinkedText text={SUPPORT_TEXT} />
    </p>
  );
}
