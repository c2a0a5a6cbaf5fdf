/**
 * "阅读 N": when a view counts and how the count is written. Its own module so the article page's
 * view beacon ships without the search-event sender of ./browser.
 */

/** How long an article must have been visible before its view is sent (prefetches and quick bounces don't count). */
export const VIEW_AFTER_VISIBLE_MS = 3000;

/** Readers' count as Chinese sites write it: 9999, 1.2万, 3.4亿 (rounded down, never overstated). */
export function formatCount(n: number): string {
  const value = Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));
  const scaled = (unit: number, suffix: string) => `${(Math.floor(value / (unit / 10)) / 10).toFixed(1).replace(/\.0$/, "")}${suffix}`;
  if (value >= 100_000_000) return scaled(100_000_000, "亿");
  if (value >= 10_000) return scaled(10_000, "万");
  return String(value);
}

/**
 * Below this many reads "阅读 N" says nothing useful (a new site shows "阅读 1", "阅读 3"), so no
 * count is shown at all until an article reaches it.
 */
export const MIN_VIEWS_SHOWN = 20;

/** "阅读 1.2万" for the page, or null while the count is too small to mean anything. */
export function viewsLabel(views: number): string | null {
  return Number.isFinite(views) && views >= MIN_VIEWS_SHOWN ? `阅读 ${formatCount(views)}` : null;
}
