/** What the sharing helpers need to know about the site; passed in so they stay testable. */
export interface SiteInfo {
  name: string;
  tagline: string;
  /** Absolute origin (and optional base path) without a trailing slash. */
  url: string;
}
