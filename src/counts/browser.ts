/**
 * The browser-safe public face of counts: number formatting, event names and the beacon sender.
 * No database, no node:crypto. Client components import this; server code imports "@/counts".
 */

/** How long an article must have been visible before its view is sent (prefetches and quick bounces don't count). */
export const VIEW_AFTER_VISIBLE_MS = 3000;

export const SEARCH_EVENTS = ["zero", "results", "first-click"] as const;
/** zero: a search found nothing; results: it found something; first-click: its first result was opened. */
export type SearchEvent = (typeof SEARCH_EVENTS)[number];

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

export type PopularItem = { slug: string; title: string; href: string; views: number };
/** source "views": ranked by reads in the last 30 days; "editor": content/featured.json (no data yet). */
export type PopularResponse = { articles: PopularItem[]; source: "views" | "editor" };

/**
 * Records a search event (same origin, no identifier sent). For the search page: "zero" when a
 * query found nothing, "results" when it found something, "first-click" when its first result is
 * opened. Fire-and-forget: a failure must never disturb searching.
 */
export function sendSearchEvent(query: string, event: SearchEvent): void {
  const body = JSON.stringify({ query, event });
  try {
    if (typeof navigator !== "undefined" && navigator.sendBeacon?.("/api/search-log", new Blob([body], { type: "application/json" }))) return;
    void fetch("/api/search-log", { method: "POST", body, keepalive: true, headers: { "content-type": "application/json" } }).catch(() => undefined);
  } catch {
    // Counting is optional; searching is not.
  }
}
