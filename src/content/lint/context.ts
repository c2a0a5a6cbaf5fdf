import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, ContentIssue } from "../errors";
import { zodIssues } from "../data-file";
import { articlesInStatuteText } from "../../law";
import { lawsFileSchema } from "../law-texts";
import type { KnownInstrument, LintContext } from "./rules";

const mythsFileSchema = z.object({ phrases: z.array(z.string().min(1)) });

export interface LintSetup {
  context: LintContext;
  /** What could not be checked, said out loud by the caller. */
  skipped: string[];
}

/**
 * Reads content/laws.json (always) and, when ../shared is present, the myth phrases and the official
 * statute texts. Without ../shared the article-number check falls back to the counts in laws.json.
 */
export function loadLintContext(options: { contentDir: string; sharedDir: string; fold?: (text: string) => string }): LintSetup {
  const fold = options.fold ?? ((text: string) => text);
  const skipped: string[] = [];
  const lawsFile = path.join(options.contentDir, "laws.json");
  const parsed = lawsFileSchema.safeParse(JSON.parse(fs.readFileSync(lawsFile, "utf8")));
  if (!parsed.success) {
    throw new ContentError(zodIssues("content/laws.json", parsed.error));
  }

  const lawDir = path.join(options.sharedDir, "law");
  const haveLawTexts = fs.existsSync(lawDir);
  if (!haveLawTexts) skipped.push(`未找到 ${lawDir}：条号只按 content/laws.json 的条文数检查，没有对照条文原文`);

  const instruments: KnownInstrument[] = parsed.data.instruments.map((entry) => {
    const instrument: KnownInstrument = {
      name: entry.name,
      aliases: entry.aliases,
      articles: entry.articles,
      checkedArticles: entry.checkedArticles,
      renumbered: entry.renumbered,
    };
    if (haveLawTexts && entry.texts?.length) {
      instrument.textArticles = new Set();
      for (const file of entry.texts) {
        const full = path.join(lawDir, file);
        if (!fs.existsSync(full)) {
          skipped.push(`content/laws.json 列出的原文 ${file} 不在 ${lawDir}`);
          instrument.textArticles = undefined;
          break;
        }
        for (const key of articlesInStatuteText(fs.readFileSync(full, "utf8"))) instrument.textArticles.add(key);
      }
    }
    return instrument;
  });

  const mythsFile = path.join(options.sharedDir, "content", "myths.json");
  let mythPhrases: string[] = [];
  if (fs.existsSync(mythsFile)) {
    mythPhrases = mythsFileSchema.parse(JSON.parse(fs.readFileSync(mythsFile, "utf8"))).phrases.map(fold);
  } else {
    skipped.push(`未找到 ${mythsFile}：没有检查误区说法`);
  }
  return { context: { instruments, mythPhrases, fold }, skipped };
}
