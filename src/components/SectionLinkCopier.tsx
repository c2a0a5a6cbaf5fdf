"use client";

import { useEffect, useState } from "react";
import { copyText } from "./copy-text";
import { sectionLink } from "./section-link";

type Copied = { ok: boolean; link: string };

/**
 * Each h2/h3 of the article body ends in one "#" link to itself (src/content/render.ts). Without
 * JavaScript it jumps to the section and puts the section's address in the address bar; with
 * JavaScript the same tap also copies that address, readable (#中文), and says so on screen.
 * The address is the one the reader is on, so the copied link opens wherever the page did.
 */
export function SectionLinkCopier() {
  const [copied, setCopied] = useState<Copied | null>(null);

  useEffect(() => {
    const anchors = document.querySelectorAll<HTMLAnchorElement>(".prose :is(h2, h3) > a.heading-anchor");
    for (const anchor of anchors) {
      anchor.setAttribute("aria-label", (anchor.getAttribute("aria-label") ?? "").replace(/^本节链接/, "复制本节链接"));
      anchor.title = "复制本节链接";
    }
    const onClick = async (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.(".prose :is(h2, h3) > a.heading-anchor");
      const id = anchor?.parentElement?.id;
      if (!id) return;
      // The jump to the section goes ahead as without JavaScript; the copy rides on the same tap.
      const link = sectionLink(window.location.href, id);
      setCopied({ ok: await copyText(link), link });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (!copied) return;
    // Long enough to long-press the link when copying failed.
    const timer = setTimeout(() => setCopied(null), copied.ok ? 5000 : 20000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <p role="status" className={copied ? "section-link-status no-print" : "sr-only"} data-testid="section-link-status">
      {copied?.ok && <>✓ 已复制本节链接：<span className="break-all">{copied.link}</span></>}
      {copied && !copied.ok && <>没能自动复制，请长按选中这个链接复制：<span className="select-all break-all">{copied.link}</span></>}
    </p>
  );
}
