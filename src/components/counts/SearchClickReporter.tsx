"use client";

import { useRef } from "react";
import { sendSearchEvent } from "@/counts/browser";

/**
 * Wraps the server-rendered result list of /search and reports, once per page, when the reader
 * opens the first result ("first-click"). Editors see which queries' first result is rarely opened.
 */
export function SearchClickReporter({ query, children }: { query: string; children: React.ReactNode }) {
  const reported = useRef(false);
  return (
    <div
      onClickCapture={(event) => {
        const link = (event.target as HTMLElement).closest("a");
        const firstItem = event.currentTarget.querySelector("li");
        if (reported.current || !link || !firstItem?.contains(link)) return;
        reported.current = true;
        sendSearchEvent(query, "first-click");
      }}
    >
      {children}
    </div>
  );
}
