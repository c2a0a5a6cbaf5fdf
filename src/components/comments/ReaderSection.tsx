"use client";

import { type ComponentType, useCallback, useEffect, useRef, useState } from "react";

/** What the reader typed in the plain form (field name → value) and where the cursor was, for the section that replaces it. */
export type CarriedOver = { fields: Record<string, string>; focusId: string | null };
type LiveProps = { slug: string; carriedOver: CarriedOver };
type Kind = "feedback" | "comments";

/** Start loading a section's code this far before it scrolls into view (about a phone screen). */
const NEAR_SCREEN_MARGIN = "900px 0px";

const liveComponent = { feedback: "FeedbackWidget", comments: "ArticleCommentsLive" } as const;

function carriedOverFrom(section: HTMLElement | null): CarriedOver {
  const form = section?.querySelector("form");
  // Text fields only (no file inputs), so every value is a string.
  const fields = (form ? Object.fromEntries(new FormData(form)) : {}) as Record<string, string>;
  const focused = document.activeElement;
  return { fields, focusId: focused && section?.contains(focused) && focused.id ? focused.id : null };
}

/**
 * 这篇有帮助吗？ and 读者留言 at the end of a statically built article page. Their HTML is plain
 * forms that post without JavaScript (and a link to the comments page). Most readers never scroll
 * this far, so the code that answers in place, fetches the comments and sends the form as JSON
 * (FeedbackWidget, ArticleCommentsLive) loads only when the section comes near the screen or
 * something in it gets focus; it then replaces the plain section, keeping what the reader typed.
 *
 * The plain section is drawn on the server only (`typeof window` is fixed at build time, and its
 * components are required inside that branch, so the browser bundle holds none of its code). In the
 * browser this renders an empty `dangerouslySetInnerHTML` section, which hydration neither compares
 * nor writes: the server's HTML stays as it is. If the section is ever drawn in the browser
 * without that HTML, it is empty, so the code loads at once.
 */
export function ReaderSection({ kind, slug }: { kind: Kind; slug: string }) {
  const section = useRef<HTMLElement>(null);
  const requested = useRef(false);
  const [live, setLive] = useState<{ Live: ComponentType<LiveProps>; carriedOver: CarriedOver } | null>(null);

  const start = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    import("./reader-sections-live").then(
      (module) => setLive({ Live: module[liveComponent[kind]] as ComponentType<LiveProps>, carriedOver: carriedOverFrom(section.current) }),
      () => {
        requested.current = false; // offline for a moment: the plain form still posts; try again next time
      },
    );
  }, [kind]);

  useEffect(() => {
    const element = section.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined" || element.childElementCount === 0) return start();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { rootMargin: NEAR_SCREEN_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [start]);

  if (live) return <live.Live slug={slug} carriedOver={live.carriedOver} />;
  if (typeof window !== "undefined") {
    return <section ref={section} onFocus={start} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />;
  }
  // Required, not imported: an import at the top would put their code into the browser bundle anyway.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (kind === "feedback") {
    const { FeedbackWidget } = require("./FeedbackWidget") as typeof import("./FeedbackWidget");
    return <FeedbackWidget slug={slug} />;
  }
  const { PlainArticleComments } = require("./PlainArticleComments") as typeof import("./PlainArticleComments");
  /* eslint-enable @typescript-eslint/no-require-imports */
  return <PlainArticleComments slug={slug} />;
}
