import { getSite } from "@/content";
import { rankPopular } from "@/counts";
import { PopularList } from "./PopularList";

/**
 * 热门文章 (last 30 days) for the home and topic pages. Rendered at build time with the editors'
 * list from content/featured.json (then reading order), so the page stays static; the counts
 * arrive in the browser.
 */
/** On a topic page pass `besidesTopic`: its own articles are listed already, so the list shows the rest of the site. */
export async function PopularArticles({ besidesTopic, limit = 5 }: { besidesTopic?: string; limit?: number }) {
  const site = await getSite();
  const initial = rankPopular(site, [], { limit, excludeTopic: besidesTopic }).ranked.map(({ article }) => ({
    slug: article.slug,
    title: article.title,
    href: `/articles/${article.slug}`,
    views: 0,
  }));
  if (initial.length === 0) return null;
  const headingId = "popular";
  return (
    <section aria-labelledby={headingId} className="no-print">
      <h2 id={headingId} className="text-xl font-bold">
        热门文章
      </h2>
      <PopularList initial={initial} besidesTopic={besidesTopic} limit={limit} />
    </section>
  );
}
