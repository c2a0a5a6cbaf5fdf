import fs from "node:fs";
import path from "node:path";
import { ContentIssue } from "./errors";
import { readDataFile } from "./data-file";
import { updatesFileSchema } from "./schema";
import type { Update } from "./types";

/**
 * Reads content/updates.json (optional: no file, no entries). Every entry must name articles that
 * exist, and ids must be unique because they are the anchors of /updates#id. Returned newest first;
 * entries of the same day keep the file's order.
 */
export function loadUpdates(contentDir: string, display: (file: string) => string, slugs: Set<string>, issues: ContentIssue[]): Update[] {
  const file = path.join(contentDir, "updates.json");
  if (!fs.existsSync(file)) return [];
  const shown = display(file);
  const parsed = readDataFile(file, shown, updatesFileSchema, issues);
  if (!parsed) return [];
  const seen = new Set<string>();
  parsed.updates.forEach((entry, index) => {
    if (seen.has(entry.id)) issues.push(new ContentIssue(shown, `updates[${index}].id`, `id "${entry.id}" 重复`));
    seen.add(entry.id);
    entry.articles.forEach((slug, at) => {
      if (!slugs.has(slug)) issues.push(new ContentIssue(shown, `updates[${index}].articles[${at}]`, `文章 "${slug}" 不存在`));
    });
  });
  return parsed.updates
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}
