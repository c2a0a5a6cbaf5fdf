import { createHash } from "node:crypto";

/**
 * Content-Security-Policy for a page. Scripts: our own files ('self'), plus exactly the inline
 * scripts we know about — by sha256 hash for prerendered pages (their HTML is fixed at build
 * time) and by a per-request nonce for pages rendered on demand (Next adds the nonce it finds in
 * the request's CSP header to its own inline scripts). No 'unsafe-inline' for scripts.
 */
export function contentSecurityPolicy({ nonce, scriptHashes = [], dev = false }: { nonce?: string; scriptHashes?: string[]; dev?: boolean }): string {
  const scriptSources = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes.map((hash) => `'${hash}'`)];
  // The dev server evaluates code and injects inline scripts for hot reload.
  if (dev) scriptSources.push("'unsafe-eval'", "'unsafe-inline'");
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Inline style attributes only (no inline script); Tailwind ships one CSS file.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response gets, besides the CSP. */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Strict-Transport-Security when the site's own address is https (issue 17, finding 9): decided by
 * SITE_URL, never by a request header. One year, without includeSubDomains or preload: other hosts
 * under the same domain may still be plain http, and preload cannot be undone quickly.
 */
export const HSTS_VALUE = "max-age=31536000";
export function securityHeadersFor(siteUrl: string): ReadonlyArray<{ key: string; value: string }> {
  return siteUrl.startsWith("https:") ? [...SECURITY_HEADERS, { key: "Strict-Transport-Security", value: HSTS_VALUE }] : SECURITY_HEADERS;
}

/** sha256 hashes ("sha256-…") of every inline <script> body in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2];
    if (/\ssrc\s*=/i.test(attributes) || body.length === 0) continue;
    if (/type\s*=\s*"application\/(ld\+)?json"/i.test(attributes)) continue; // data, not executed
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** Page path → hashes of its inline scripts, written after `next build`. */
export type CspManifest = { pages: Record<string, string[]>; notFound: string[] };

/** Where a prerendered HTML file is served: "articles/x.html" → "/articles/x", "index.html" → "/". */
export function routeOfHtmlFile(relative: string): string {
  const withoutExt = relative.replace(/\\/g, "/").replace(/\.html$/, "");
  if (withoutExt === "index") return "/";
  return `/${withoutExt.replace(/\/index$/, "")}`;
}
