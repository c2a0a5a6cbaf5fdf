// A deterministic corpus of N articles made from the real ones, for benchmarks: copies of the
// real article set ("groups"), each copy's slugs suffixed with its group number, related slugs and
// internal links rewritten to stay inside the corpus. Same N → byte-identical output.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

export interface CorpusOptions {
  /** The real content/ folder. */
  sourceDir: string;
  /** Where to write the synthetic content/ folder (replaced). */
  targetDir: string;
  count: number;
}

export function writeSyntheticCorpus({ sourceDir, targetDir, count }: CorpusOptions): string[] {
  fs.rmSync(targetDir, { recursive: true, force: true });
  // Everything but the articles (topics, featured, laws, synonyms, tool data…) is copied as is.
  fs.cpSync(sourceDir, targetDir, { recursive: true, filter: (src) => !src.startsWith(path.join(sourceDir, "articles")) });
  const articlesDir = path.join(targetDir, "articles");
  fs.mkdirSync(articlesDir, { recursive: true });

  const originals = fs
    .readdirSync(path.join(sourceDir, "articles"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ slug: name.slice(0, -3), file: matter(fs.readFileSync(path.join(sourceDir, "articles", name), "utf8"), {}) }));
  if (count < originals.length) throw new Error(`语料至少要 ${originals.length} 篇（一整组真实文章）`);

  const written: string[] = [];
  const slugOf = (slug: string, group: number) => (group === 0 ? slug : `${slug}-g${group}`);
  const exists = (slug: string, group: number) => group * originals.length + originals.findIndex((o) => o.slug === slug) < count;
  for (let index = 0; index < count; index++) {
    const group = Math.floor(index / originals.length);
    const original = originals[index % originals.length];
    const target = (slug: string) => slugOf(slug, exists(slug, group) ? group : 0);
    const data = { ...original.file.data } as Record<string, unknown>;
    const slug = slugOf(original.slug, group);
    if (group > 0) data.title = `${String(data.title)}（${group}）`;
    data.related = ((data.related as string[] | undefined) ?? []).map(target);
    delete data.aliases;
    // gray-matter would write Dates back as timestamps; keep them as ISO dates.
    for (const key of ["updated", "reviewed"]) if (data[key] instanceof Date) data[key] = (data[key] as Date).toISOString().slice(0, 10);
    const body = original.file.content.replace(/\]\(\/articles\/([a-z0-9-]+)/g, (_m, linked: string) => `](/articles/${target(linked)}`);
    fs.writeFileSync(path.join(articlesDir, `${slug}.md`), matter.stringify(body, data));
    written.push(slug);
  }
  return written;
}
