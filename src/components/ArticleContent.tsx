"use client";

import { useEffect, useRef, useState } from "react";
import { articleContentId, type ArticleContentPart } from "./article-content-id";

/**
 * An article's reading content (body, FAQ, sources, cited laws, related articles…) sent to the browser
 * once, as HTML. App Router would otherwise repeat every server-drawn element in the page's React data
 * (the RSC payload) so that it can hydrate it, doubling a long article's bytes for nothing: none of it
 * is interactive (section links and the other controls are client components outside it).
 *
 * As ReaderSection does: the sections are drawn on the server only (`typeof window` is fixed at build
 * time and ArticleContentSections is required inside that branch, so the browser bundle holds none of
 * it). In the browser this renders an empty `dangerouslySetInnerHTML` element, which hydration neither
 * compares nor writes: the server's HTML stays. Should React ever draw it afresh in the browser (after a
 * hydration error elsewhere on the page), it is empty; it then reads the region from the page's own
 * prerendered HTML, so the reader never loses the article.
 */
export function ArticleContent({ slug, part }: { slug: string; part: ArticleContentPart }) {
  const element = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState("");

  useEffect(() => {
    if (!element.current || element.current.childElementCount > 0) return;
    let current = true;
    fetch(window.location.pathname)
      .then((response) => response.text())
      .then((page) => {
        const region = new DOMParser().parseFromString(page, "text/html").getElementById(articleContentId(part));
        if (current && region) setHtml(region.innerHTML);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [part]);

  if (typeof window !== "undefined") {
    return <div ref={element} id={articleContentId(part)} className="space-y-6" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
  }
  // Required, not imported: an import at the top would put the content code into the browser bundle anyway.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ArticleContentSections } = require("./ArticleContentSections") as typeof import("./ArticleContentSections");
  return <ArticleContentSections slug={slug} part={part} />;
}
