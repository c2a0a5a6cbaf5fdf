"use client";

import { useEffect } from "react";
import { sendSearchEvent, type SearchEvent } from "@/counts/browser";

/**
 * For the search page: records that `query` found nothing ("zero") or found something
 * ("results"), once per rendered query. Renders nothing. The server normalizes the query and
 * drops it if it holds personal data.
 */
export function SearchLogBeacon({ query, event }: { query: string; event: Extract<SearchEvent, "zero" | "results"> }) {
  useEffect(() => {
    if (query.trim()) sendSearchEvent(query, event);
  }, [query, event]);
  return null;
}
