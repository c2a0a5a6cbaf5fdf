import fs from "node:fs";
import type { z } from "zod";
import { ContentIssue } from "./errors";
import { fieldPath } from "./schema";

/** zod's issues as ContentIssues of one file ("content/x.json › groups[0]: …"). */
export function zodIssues(display: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => new ContentIssue(display, fieldPath(issue.path), issue.message));
}

/**
 * Reads a JSON data file under content/ and validates it. Problems are added to `issues` (naming the
 * file as `display` and the field) and the result is undefined, so a loader can report every problem at once.
 */
export function readDataFile<T>(file: string, display: string, schema: z.ZodType<T>, issues: ContentIssue[]): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    issues.push(new ContentIssue(display, "(整个文件)", `无法读取或不是有效的 JSON：${(error as Error).message}`));
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...zodIssues(display, parsed.error));
    return undefined;
  }
  return parsed.data;
}
