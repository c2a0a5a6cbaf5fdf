import { rules, type LintContext, type LintFinding } from "./rules";
import { textBlocks } from "./text-blocks";
import type { Site } from "../types";

export { loadLintContext, type LintSetup } from "./context";
export { rules, LIMITS, type LintFinding, type LintContext, type KnownInstrument } from "./rules";
export { findCitations, articlesInStatuteText } from "./citations";
export { parseChineseNumber } from "./chinese-numerals";

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
