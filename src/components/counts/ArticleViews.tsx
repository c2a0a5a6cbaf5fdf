"use client";

import { useEffect, useState } from "react";
import { VIEW_AFTER_VISIBLE_MS, viewsLabel } from "@/counts/views-label";

type ViewsReply = { views?: unknown };

async function readViews(response: Response): Promise<number | undefined> {
  if (!response.ok) return undefined;
  const data = (await response.json().catch(() => ({}))) as ViewsReply;
  return typeof data.views === "number" ? data.views : undefined;
}

/**
 * "阅读 N" for a prerendered article (nothing below MIN_VIEWS_SHOWN). Shows the count from /api/views, and once the page has been
 * visible for a few seconds (time in a background tab does not count) sends one view beacon.
 * Nothing is kept in the browser: the server recognises a repeat within the day on its own.
 */
export function ArticleViews({ slug }: { slug: string }) {
  const [views, setViews] = useState<number | null>(null);

  useEffect(() => {
    let active = true;
    const show = (n: number | undefined) => {
      if (active && n !== undefined) setViews((current) => (current === null ? n : Math.max(current, n)));
    };
    // GET: the count so far; POST (the view beacon): counts this view and answers with the new count.
    const request = (init?: RequestInit) =>
      fetch(init ? "/api/views" : `/api/views?article=${encodeURIComponent(slug)}`, { ...init, headers: { "content-type": "application/json", accept: "application/json" } })
        .then(readViews)
        .then(show)
        .catch(() => undefined);
    request();

    let sent = false;
    let visibleMs = 0;
    let visibleSince: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      sent = true;
      request({ method: "POST", keepalive: true, body: JSON.stringify({ article: slug }) });
    };
    const onVisibility = () => {
      if (sent) return;
      if (document.visibilityState === "visible") {
        visibleSince = performance.now();
        timer = setTimeout(send, Math.max(0, VIEW_AFTER_VISIBLE_MS - visibleMs));
      } else {
        clearTimeout(timer);
        if (visibleSince !== null) visibleMs += performance.now() - visibleSince;
        visibleSince = null;
      }
    };
    onVisibility();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      active = false;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [slug]);

  const label = views === null ? null : viewsLabel(views);
  if (!label) return null;
  return (
    <span data-testid="article-views">
      {" · "}
      {label}
    </span>
  );
}
