/**
 * The browser-safe public face of counts: number formatting, event names and the beacon sender.
 * No database, no node:crypto. Client components import this; server code imports "@/counts".
 */

export { VIEW_AFTER_VISIBLE_MS, formatCount, MIN_VIEWS_SHOWN, viewsLabel } from "./views-label";

export const SEARCH_EVENTS = ["zero", "results", "first-click"] as const;
/** zero: a search found nothing; results: it found something; first-click: its first result was opened. */
export type SearchEvent = (typeof SEARCH_EVENTS)[number];

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
