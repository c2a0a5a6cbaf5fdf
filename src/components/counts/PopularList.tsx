"use client";

import { useEffect, useState } from "react";
import { type PopularItem, type PopularResponse, viewsLabel } from "@/counts/browser";

/**
 * The 热门文章 list of a prerendered page. The HTML carries the editors' list (what readers
 * without JavaScript, and everyone before there is data, see); the browser then asks
 * /api/popular and swaps in the most-read articles of the last 30 days if there are any.
 */
export function PopularList({ initial, besidesTopic, limit }: { initial: PopularItem[]; besidesTopic?: string; limit: number }) {
  const [items, setItems] = useState(initial);
  const [source, setSource] = useState<PopularResponse["source"]>("editor");

  useEffect(() => {
    let active = true;
    const params = new URLSearchParams({ limit: String(limit) });
    if (besidesTopic) params.set("excludeTopic", besidesTopic);
    fetch(`/api/popular?${params}`, { headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<PopularResponse>) : undefined))
      .then((data) => {
        if (active && data?.source === "views" && Array.isArray(data.articles)) {
          setItems(data.articles);
          setSource("views");
        }
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [besidesTopic, limit]);

  return (
    <>
      <p className="mt-1 text-sm text-slate-600" data-testid="popular-source">
        {source === "views" ? `近 30 天读的人最多${besidesTopic ? "（其他主题）" : ""}` : "编辑推荐"}
      </p>
      <ol className="mt-3 space-y-2" data-testid="popular-list">
        {items.map((item, index) => (
          <li key={item.slug} className="flex gap-2">
            <span className="w-5 shrink-0 text-right text-slate-600">{index + 1}.</span>
            <span>
              <a href={item.href} className="text-brand-700 hover:underline">
                {item.title}
              </a>
              {viewsLabel(item.views) ? <span className="ml-2 text-sm text-slate-600">{viewsLabel(item.views)}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
