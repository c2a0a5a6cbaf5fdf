"use client";

import { type ComponentType, useCallback, useEffect, useRef, useState } from "react";
import type { CarriedOver } from "./ArticleCommentsLive";
import { CommentForm } from "./CommentForm";

/** Start loading the comment code this far before the section scrolls into view (about a phone screen). */
const NEAR_SCREEN_MARGIN = "900px 0px";

type Live = ComponentType<{ slug: string; carriedOver?: CarriedOver }>;

function typedSoFar(section: HTMLElement | null): CarriedOver {
  const form = section?.querySelector("form");
  const data = form ? new FormData(form) : null;
  const focused = document.activeElement;
  return {
    nickname: String(data?.get("nickname") ?? ""),
    body: String(data?.get("body") ?? ""),
    focusId: focused && section?.contains(focused) && focused.id ? focused.id : null,
  };
}

/**
 * The comment section of a statically built article page. The HTML holds the form (posts without
 * JavaScript) and a link to the server-rendered comments page. Most readers never scroll this far,
 * so the code that fetches and shows comments and sends the form as JSON (ArticleCommentsLive)
 * loads only when the section nears the screen or the reader touches it; until then the plain form
 * posts the way it does without JavaScript, and what the reader typed is carried over.
 */
export function ArticleComments({ slug }: { slug: string }) {
  const section = useRef<HTMLElement>(null);
  const requested = useRef(false);
  const [live, setLive] = useState<{ Component: Live; carriedOver: CarriedOver } | null>(null);

  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    import("./ArticleCommentsLive").then(
      ({ ArticleCommentsLive }) => setLive({ Component: ArticleCommentsLive, carriedOver: typedSoFar(section.current) }),
      () => {
        requested.current = false; // offline for a moment: the plain form still works; try again next time
      },
    );
  }, []);

  useEffect(() => {
    const element = section.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") return load();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: NEAR_SCREEN_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load]);

  if (live) return <live.Component slug={slug} carriedOver={live.carriedOver} />;
  return (
    <section ref={section} onFocus={load} onPointerDown={load} aria-labelledby="comments" className="no-print mt-10 space-y-4" id="comments-section">
      <h2 id="comments" className="text-xl font-bold">
        读者留言
      </h2>
      <p>
        <a href={`/articles/${slug}/comments`} className="text-blue-900 underline">
          在单独页面查看留言
        </a>
      </p>
      <h3 className="text-lg font-semibold">说说你的情况</h3>
      <CommentForm slug={slug} />
    </section>
  );
}
