import type { CitationHref } from "@/content";
import { LinkedText } from "../LinkedText";

/** 法律规定 (with its citation, linked to the quoted article) or 常见做法 (with the caveat), the same way in every tool. */
export function BasisLabel({ basis, citation, citationHref }: { basis: "statute" | "practice"; citation?: string; citationHref?: CitationHref }) {
  return basis === "statute" ? (
    <span className="inline-block rounded bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-900">
      法律规定：{citation && <LinkedText text={citation} citationHref={citationHref} />}
    </span>
  ) : (
    <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
      常见做法，以合同和平台页面为准
    </span>
  );
}
