import type { Site } from "@/content";
import { articlePath } from "./urls";

export interface AliasRedirect {
  source: string;
  destination: string;
  /** true: Next answers 308, so browsers and search engines move to the new slug for good. */
  permanent: true;
}

/** One permanent redirect per old slug in an article's `aliases` (the loader has checked they clash with nothing). */
export function aliasRedirects(site: Site): AliasRedirect[] {
  return site.articles.flatMap((article) =>
    article.aliases.map((alias) => ({ source: articlePath(alias), destination: articlePath(article.slug), permanent: true as const })),
  );
}
