"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { copyText } from "./copy-text";

interface Slot {
  id: string;
  heading: string;
  container: HTMLElement;
}

/**
 * Adds "复制本节链接" after each heading's "#" anchor in the article body.
 * The body HTML stays as src/content/render.ts made it (the "#" links work
 * without JavaScript); this only adds buttons once the page is interactive.
 */
export function SectionLinks({ url, children }: { url: string; children: React.ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  const [slots, setSlots] = useState<Slot[]>([]);

  useEffect(() => {
    const anchors = body.current?.querySelectorAll<HTMLAnchorElement>(".prose :is(h2, h3) > a.heading-anchor") ?? [];
    const created: Slot[] = [];
    for (const anchor of anchors) {
      const heading = anchor.parentElement!;
      const container = document.createElement("span");
      container.className = "section-copy no-print";
      anchor.after(container);
      created.push({ id: heading.id, heading: heading.textContent?.replace(/#$/, "").trim() ?? "", container });
    }
    setSlots(created);
    return () => created.forEach((slot) => slot.container.remove());
  }, []);

  return (
    <div ref={body}>
      {children}
      {slots.map((slot) => createPortal(<CopySectionButton url={`${url}#${encodeURIComponent(slot.id)}`} heading={slot.heading} />, slot.container, slot.id))}
    </div>
  );
}

function CopySectionButton({ url, heading }: { url: string; heading: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <button
        type="button"
        className="section-copy-button"
        aria-label={`复制本节链接：${heading}`}
        onClick={async () => setState((await copyText(url)) ? "copied" : "failed")}
      >
        复制本节链接
      </button>
      <span role="status" className="section-copy-status">
        {state === "copied" && "✓ 已复制"}
        {state === "failed" && "复制失败：点 # 后复制地址栏"}
      </span>
    </>
  );
}
