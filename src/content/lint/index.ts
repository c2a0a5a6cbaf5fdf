import { rules, type LintContext, type LintFinding } from "./rules";
import { textBlocks } from "./text-blocks";
import type { Site } from "../types";
import { REVIEW_MAX_AGE_MONTHS, isReviewStale } from "../freshness";

export { loadLintContext, type LintSetup } from "./context";
export { rules, LIMITS, type LintFinding, type LintContext, type KnownInstrument } from "./rules";
export { findCitations, articlesInStatuteText, parseChineseNumber } from "../../law";

/** Runs every content rule over every article. Schema and link checks already ran in the loader. */
export function lintSite(site: Site, context: LintContext, only: string[] = Object.keys(rules)): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const article of site.articles) {
    const blocks = textBlocks(article, article.bodyLineOffset);
    for (const name of only) {
      for (const finding of rules[name](article, blocks, context)) findings.push({ file: article.file, rule: name, ...finding });
    }
  }
  return findings;
}

export function formatFinding(finding: LintFinding): string {
  return `${finding.file} › ${finding.field} [${finding.rule}]: ${finding.message}`;
}

/**
 * Warnings, not failures: an article whose `reviewed` date is more than REVIEW_MAX_AGE_MONTHS before
 * `today` still builds (the page shows a calm notice), but an editor should re-check it.
 */
export function staleReviewWarnings(site: Pick<Site, "articles">, today: string): LintFinding[] {
  return site.articles
    .filter((article) => isReviewStale(article.reviewed, today))
    .map((article) => ({
      file: article.file,
      field: "reviewed",
      rule: "stale-review",
      message: `最后审核 ${article.reviewed}，已超过 ${REVIEW_MAX_AGE_MONTHS} 个月（今天 ${today}）：请重新核对内容并更新 reviewed`,
    }));
}
